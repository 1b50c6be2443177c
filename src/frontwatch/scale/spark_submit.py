"""The spark-submit application: `python -m frontwatch.scale.spark_submit INPUT OUTPUT [options]`.

It is the `frontwatch spark-extract` command itself (one definition of its options, messages
and exit codes), run with these arguments. A module of its own because it imports the CLI,
which imports `scale.spark`: kept apart, the job module never depends on the CLI.

On a cluster, ship a packed virtualenv that has frontwatch (and its model wheel) installed
and point the executors at its Python, e.g.
`spark-submit --master yarn --archives fw-env.tar.gz#env
--conf spark.pyspark.python=./env/bin/python "$(python -c 'import frontwatch.scale.spark_submit as m;
print(m.__file__)')" hdfs:///in/articles.jsonl hdfs:///out/events`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run `spark-extract` with `argv` (default: the process's arguments); its exit code."""
    from frontwatch.cli import app

    args = list(sys.argv[1:] if argv is None else argv)
    try:
        app(args=["spark-extract", *args], prog_name="frontwatch.scale.spark_submit")
    except SystemExit as exc:  # typer ends every run with one, carrying the command's exit code
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    return 0


if __name__ == "__main__":
    # Run as a file (spark-submit): use the installed module, so the functions Spark pickles
    # are importable by name on executors instead of living in __main__.
    from frontwatch.scale.spark_submit import main as _main

    sys.exit(_main())
