#!/bin/bash
# Starts the CS suite's demo on the official image: the database is created
# (add-ons, demo data, zh_CN) on the first start only; later starts serve it
# as it is. Extra arguments are passed to Odoo.
set -euo pipefail
: "${HOST:=db}" "${PORT:=5432}" "${USER:=odoo}" "${PASSWORD:=odoo}"
DB=${CS_DB:-cs_demo}
MODULES=cs_core,cs_realestate,cs_property

wait-for-psql.py --db_host "$HOST" --db_port "$PORT" --db_user "$USER" \
    --db_password "$PASSWORD" --timeout=60
state=$(PGPASSWORD=$PASSWORD psql -h "$HOST" -p "$PORT" -U "$USER" -d "$DB" -tAc \
    "SELECT state FROM ir_module_module WHERE name = 'cs_property'" 2>/dev/null || true)
init=()
if [ "$state" != installed ]; then
    echo "cs-entrypoint: initialising $DB ($MODULES with demo data and zh_CN)"
    init=(--init="$MODULES" --with-demo --load-language=zh_CN)
fi
# /entrypoint.sh (the official one) adds --db_host/--db_user/--db_password.
exec /entrypoint.sh -- --database="$DB" --db-filter="^$DB\$" "${init[@]}" "$@"
