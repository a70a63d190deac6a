from .trusted_context import TRUSTED, is_trusted, trusted
from .reader_lang import reader_env
