"""factlint's tests."""

import atexit
import os
import shutil
import tempfile

# The tests, and the factlint processes they start, keep compiled patterns in a cache of
# their own, never in the user's. Set here, before conftest imports lint.
_CACHE = tempfile.mkdtemp(prefix="factlint-test-cache-")
os.environ["FACTLINT_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
