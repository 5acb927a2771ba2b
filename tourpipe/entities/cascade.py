"""Entity candidates and the driver that runs a language's ordered, named steps over them.

A language's cascade is one tuple of ``(name, step)`` pairs. Each step takes the candidates so far and a
read-only :class:`Context` and returns a new tuple; no step changes a candidate or the context.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span proposed by a model or a rule; `prio` breaks ties between equally long spans.

    ``tentative``: the label waits for evidence from the rest of the document (a step that settles it either
    confirms it or rejects the span). ``rejected``: no longer a mention, but later steps still read it as a
    name that was written there (see the English cascade's title-line steps).
    """

    start: int
    end: int
    label: str
    prio: int = 0  # 0 model, 1 rule
    tentative: bool = False
    rejected: bool = False

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def relabelled(self, label: str) -> Candidate:
        return self if label == self.label else replace(self, label=label)

    def spanning(self, start: int, end: int) -> Candidate:
        """The same proposal over another span."""
        return replace(self, start=start, end=end)


Candidates = tuple[Candidate, ...]


@dataclass(frozen=True)
class Context:
    """What every step may read and none may change: the source text and the model's output per line."""

    source: str
    lines: tuple = ()  # (offset of the line in source, model output for the line), one per non-blank line


Step = Callable[[Candidates, Context], Candidates]
Steps = tuple[tuple[str, Step], ...]


def run_steps(steps: Steps, context: Context) -> Candidates:
    """Run ``steps`` in order, starting from no candidates; an error names the step it came from."""
    cands: Candidates = ()
    for name, step in steps:
        try:
            cands = step(cands, context)
        except Exception as exc:
            exc.add_note(f"in entity step {name!r}")
            raise
    return cands


# -- step builders: the shapes most steps take ---------------------------------------------------------------
def from_source(find: Callable[[str], Iterable[Candidate]]) -> Step:
    """A step that adds what ``find`` proposes from the source text alone."""

    def step(cands: Candidates, ctx: Context) -> Candidates:
        return cands + tuple(find(ctx.source))

    step.__doc__ = find.__doc__
    return step


def adding(find: Callable[[str, Candidates], Iterable[Candidate]]) -> Step:
    """A step that adds what ``find`` proposes from the source and the candidates so far."""

    def step(cands: Candidates, ctx: Context) -> Candidates:
        return cands + tuple(find(ctx.source, cands))

    step.__doc__ = find.__doc__
    return step


def each(fix: Callable[[str, Candidate], Candidate | None]) -> Step:
    """A step that replaces each candidate by ``fix(source, candidate)``, dropping it on None."""

    def step(cands: Candidates, ctx: Context) -> Candidates:
        return tuple(c for c in (fix(ctx.source, c) for c in cands) if c is not None)

    step.__doc__ = fix.__doc__
    return step


def keep_labels(labels: frozenset[str]) -> Step:
    """A step that keeps the candidates whose label is an output label and that no step rejected."""

    def step(cands: Candidates, ctx: Context) -> Candidates:
        return tuple(c for c in cands if c.label in labels and not c.rejected)

    return step
