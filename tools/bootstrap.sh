# shellcheck shell=bash
# Bootstraps what the CS suite needs on a Debian 12 machine, from nothing:
# Debian packages (as root), a running PostgreSQL with the role Odoo connects
# as, and Odoo 19.0 Community in a virtualenv of the project's own with Odoo's
# and our Python requirements. Sourced by tools/bootstrap, tools/serve and
# tests/run; after `cs_bootstrap` succeeds, $ODOO_PYTHON runs Odoo.
#
# Where Odoo comes from, first match wins:
#   1. python3 already imports Odoo 19 (a system or developer install);
#   2. $ODOO_SOURCE: an extracted source folder, a source tarball or its URL;
#   3. ../shared/odoo/odoo-19.0-src.tar.xz beside the repository (or beside
#      the main checkout when this is a git worktree);
#   4. Odoo's official nightly 19.0 source tarball ($ODOO_OFFICIAL_URL).
# The virtualenv lives in $CS_CACHE (~/.cache/cs-suite) keyed by the source's
# checksum, so every clone on the machine reuses it and a second run installs
# nothing. Each step says in one line what failed; logs go to .ci/logs/.
# CS_PYTHON=/path/to/python uses that interpreter as is; SKIP_PIP=1 skips
# installing our requirements.txt.

CS_ROOT=${CS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
CS_CACHE=${CS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cs-suite}
CS_LOGDIR=${CS_LOGDIR:-$CS_ROOT/.ci/logs}
ODOO_OFFICIAL_URL=${ODOO_OFFICIAL_URL:-https://nightly.odoo.com/19.0/nightly/src/odoo_19.0.latest.tar.gz}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-odoo} PGPASSWORD=${PGPASSWORD:-odoo}
CS_DEBS="libpq-dev libldap2-dev libsasl2-dev build-essential python3-dev python3-venv
postgresql postgresql-client wkhtmltopdf chromium fonts-noto-cjk poppler-utils
curl ca-certificates xz-utils"

_cs_say() { printf '==> %s\n' "$*"; }
_cs_fail() { printf 'bootstrap failed: %s\n' "$*" >&2; return 1; }
_cs_sha() { sha256sum "$1" | cut -c1-64; }

_cs_debs() {
    command -v dpkg-query >/dev/null || return 0
    local missing="" pkg
    for pkg in $CS_DEBS; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" != 0 ]; then
        # Not root: say what is missing and go on (a developer machine may
        # have them from elsewhere); the step that needs one fails later.
        _cs_say "Debian packages missing (run as root to install them):$missing"
        return 0
    fi
    _cs_say "Installing Debian packages:$missing"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends $missing; } >"$CS_LOGDIR/apt.log" 2>&1 \
        || _cs_fail "apt-get could not install$missing (see .ci/logs/apt.log)"
}

_cs_postgres() {
    if [ "$(id -u)" = 0 ] && [ "$PGHOST" = localhost ] && command -v pg_lsclusters >/dev/null; then
        if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
            pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -1)" main >/dev/null
        fi
        pg_lsclusters -h | while read -r ver name _; do
            pg_ctlcluster "$ver" "$name" start >/dev/null 2>&1 || true
        done
        local _i
        for _i in $(seq 1 30); do pg_isready -q -h localhost -p "$PGPORT" && break; sleep 1; done
        # Odoo refuses to connect as the postgres superuser: a role of its own.
        _cs_as_postgres() { su postgres -c "env -u PGHOST -u PGUSER -u PGPASSWORD -u PGPORT $*"; }
        _cs_as_postgres "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='$PGUSER'\"" | grep -q 1 \
            || _cs_as_postgres "psql -qc \"CREATE ROLE \\\"$PGUSER\\\" LOGIN CREATEDB PASSWORD '$PGPASSWORD'\"" >/dev/null \
            || _cs_fail "could not create the PostgreSQL role $PGUSER"
    fi
    pg_isready -q -h "$PGHOST" -p "$PGPORT" || _cs_fail "PostgreSQL is not reachable on $PGHOST:$PGPORT"
}

# The shared source tarball beside the repository (or beside the main checkout
# when this is a git worktree), if there is one.
_cs_shared_tarball() {
    local top candidate
    top=$(git -C "$CS_ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null)
    for candidate in "$CS_ROOT/../shared/odoo" "${top:+$(dirname "$top")/../shared/odoo}"; do
        [ -n "$candidate" ] && [ -f "$candidate/odoo-19.0-src.tar.xz" ] \
            && { printf '%s\n' "$candidate/odoo-19.0-src.tar.xz"; return 0; }
    done
    return 1
}

# Prints the path of an Odoo source tarball or folder, fetching a URL if needed.
_cs_source() {
    local src=${ODOO_SOURCE:-}
    [ -z "$src" ] && { src=$(_cs_shared_tarball) || src=$ODOO_OFFICIAL_URL; }
    case "$src" in
        http://* | https://*)
            local dest="$CS_CACHE/downloads/$(basename "${src%%\?*}")"
            if [ ! -s "$dest" ]; then
                mkdir -p "$CS_CACHE/downloads"
                curl -fsSL -o "$dest.part" "$src" 2>>"$CS_LOGDIR/bootstrap.log" && mv "$dest.part" "$dest" \
                    || { _cs_fail "could not download Odoo source from $src"; return 1; }
            fi
            src=$dest ;;
    esac
    [ -e "$src" ] || { _cs_fail "Odoo source not found: $src"; return 1; }
    (cd "$(dirname "$src")" && printf '%s/%s\n' "$(pwd)" "$(basename "$src")")
}

_cs_source_key() {
    if [ -d "$1" ]; then
        # A folder is installed in editable mode, so its code may change in
        # place; the virtualenv depends on where it is and what it requires.
        { printf '%s\n' "$1"; cat "$1/requirements.txt" 2>/dev/null; } | sha256sum | cut -c1-12
    else
        _cs_sha "$1" | cut -c1-12
    fi
}

# Extracts (if a tarball) and prints the folder holding setup.py and odoo/.
_cs_source_tree() {
    local src=$1 key=$2 dir
    if [ -d "$src" ]; then
        printf '%s\n' "$src"
        return
    fi
    dir="$CS_CACHE/odoo-$key/src"
    if [ ! -f "$dir/.extracted" ]; then
        rm -rf "$dir" && mkdir -p "$dir"
        tar -xf "$src" -C "$dir" 2>>"$CS_LOGDIR/bootstrap.log" \
            || { _cs_fail "could not extract $src"; return 1; }
        touch "$dir/.extracted"
    fi
    local release
    release=$(find "$dir" -maxdepth 3 -path '*/odoo/release.py' | head -1)
    [ -n "$release" ] || { _cs_fail "$src holds no odoo/release.py"; return 1; }
    dirname "$(dirname "$release")"
}

_cs_pip() {
    "$ODOO_PYTHON" -m pip install -q --disable-pip-version-check "$@" >>"$CS_LOGDIR/bootstrap.log" 2>&1
}

_cs_venv() {
    local src key venv _cs_lock
    src=$(_cs_source) || return 1
    key=$(_cs_source_key "$src")
    venv="$CS_CACHE/odoo-$key/venv"
    ODOO_PYTHON="$venv/bin/python"
    [ -f "$venv/.odoo-installed" ] && return 0
    # Two runs bootstrapping at once (CI jobs, a test run and the demo):
    # the second waits for the first and then reuses its virtualenv.
    mkdir -p "$CS_CACHE/odoo-$key"
    exec {_cs_lock}>"$CS_CACHE/odoo-$key/.lock"
    flock "$_cs_lock"
    _cs_venv_install "$src" "$key" "$venv"
    local rc=$?
    exec {_cs_lock}>&-
    return $rc
}

_cs_venv_install() {
    local src=$1 key=$2 venv=$3 tree
    [ -f "$venv/.odoo-installed" ] && return 0
    _cs_say "Installing Odoo 19 from $src into $venv"
    tree=$(_cs_source_tree "$src" "$key") || return 1
    [ -f "$tree/odoo/release.py" ] || { _cs_fail "$src is not an Odoo source (no odoo/release.py)"; return 1; }
    rm -rf "$venv"
    python3 -m venv "$venv" >>"$CS_LOGDIR/bootstrap.log" 2>&1 \
        || { _cs_fail "python3 -m venv failed (install python3-venv)"; return 1; }
    _cs_pip --upgrade pip wheel "setuptools<81" \
        || { _cs_fail "could not upgrade pip in the virtualenv (see .ci/logs/bootstrap.log)"; return 1; }
    _cs_pip -r "$tree/requirements.txt" \
        || { _cs_fail "Odoo's requirements.txt did not install (see .ci/logs/bootstrap.log)"; return 1; }
    _cs_pip --no-deps --no-build-isolation -e "$tree" --config-settings editable_mode=compat \
        || { _cs_fail "pip could not install Odoo from $tree (see .ci/logs/bootstrap.log)"; return 1; }
    "$ODOO_PYTHON" -c "import odoo.release as r; assert r.version_info[0] == 19" 2>>"$CS_LOGDIR/bootstrap.log" \
        || { _cs_fail "the installed Odoo is not importable or not 19.0"; return 1; }
    touch "$venv/.odoo-installed"
}

# One stamp per requirements.txt content and Python: branches with different
# requirements alternate on one virtualenv without reinstalling each time.
_cs_our_requirements() {
    local stamps want
    stamps="$CS_CACHE/requirements-stamps/$(printf '%s' "$ODOO_PYTHON" | sha256sum | cut -c1-12)"
    want=$(sha256sum <"$CS_ROOT/requirements.txt" | cut -c1-64)
    [ -f "$stamps/$want" ] && return 0
    _cs_say "Installing the suite's requirements.txt"
    _cs_pip -r "$CS_ROOT/requirements.txt" \
        || { _cs_fail "requirements.txt did not install (see .ci/logs/bootstrap.log)"; return 1; }
    mkdir -p "$stamps" && touch "$stamps/$want"
}

cs_bootstrap() {
    mkdir -p "$CS_LOGDIR" "$CS_CACHE"
    _cs_debs || return 1
    _cs_postgres || return 1
    if [ -n "${CS_PYTHON:-}" ]; then
        ODOO_PYTHON=$CS_PYTHON
    elif [ -z "${ODOO_SOURCE:-}" ] && python3 -c "import odoo.release as r; assert r.version_info[0] == 19" 2>/dev/null; then
        ODOO_PYTHON=$(command -v python3)
    else
        _cs_venv || return 1
    fi
    export ODOO_PYTHON
    if [ "${SKIP_PIP:-0}" != 1 ]; then
        _cs_our_requirements || return 1
    fi
}
