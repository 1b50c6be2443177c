"""Command line interface (typer + rich)."""
import typer

app = typer.Typer(no_args_is_help=True, help="frontwatch: conflict news -> geocoded events")


@app.command()
def version() -> None:
    """Print the version."""
    from frontwatch import __version__

    print(__version__)
