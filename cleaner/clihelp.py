"""--help that reads like click's and ruff's: `PATH...` rather than `{paths}...`, an option's
metavar (`FILE`, `N`, `[article|page]`) rather than its Python type (`<list[Path]>`), and
nothing after a flag (typer would print `<bool>`).

typer builds its own parameter classes; the command classes below swap in subclasses that
render differently and behave the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

# What a value is, for an option declared without a metavar (click's own words).
_TYPE_NAMES = {"int": "INTEGER", "float": "FLOAT", "str": "TEXT", "path": "PATH", "Path": "PATH"}


class _Argument(TyperArgument):
    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _rich_display_name(self) -> str:
        return _argument_name(self)

    def _usage_display_name(self) -> str:
        name = _argument_name(self)
        return name if self.required else f"[{name}]"


class _Option(TyperOption):
    def display_type_rich(self, ctx: Any) -> str | None:
        if self.is_flag or self.count:
            return None
        if self.metavar is not None:
            return self.metavar
        shown = super().display_type_rich(ctx) or ""
        bare = shown.strip("<>").removeprefix("list[").removesuffix("]")
        if "|" in bare:
            return f"[{bare}]"
        return _TYPE_NAMES.get(bare, bare.upper())


def _argument_name(argument: TyperArgument) -> str:
    name = argument.metavar or (argument.name or "").upper()
    return name + "..." if argument.nargs != 1 and not name.endswith("...") else name


def _readable(param: Any) -> Any:
    if type(param) is TyperArgument:
        param.__class__ = _Argument
    elif type(param) is TyperOption:
        param.__class__ = _Option
    return param


if TYPE_CHECKING:
    _Mixed = TyperCommand  # what the mixin is mixed into (TyperGroup is a command too)
else:
    _Mixed = object


class _Readable(_Mixed):
    """Mixin: every parameter (and the --help option) renders as above."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.params = [_readable(p) for p in self.params]

    def get_params(self, ctx: Any) -> list[Any]:
        return [_readable(p) for p in super().get_params(ctx)]


class Command(_Readable, TyperCommand):
    pass


class Group(_Readable, TyperGroup):
    pass
