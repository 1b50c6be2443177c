"""`python -m frontwatch` = the `frontwatch` console script."""
from frontwatch.cli import app

app()
