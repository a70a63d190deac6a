from .trusted_context import TRUSTED, is_trusted, trusted
