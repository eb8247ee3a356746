"""Library exceptions. The CLI turns them into one-line messages (exit 1); nothing below it prints."""


class WorkbenchError(Exception):
    """Bad input or a state the user can fix. ``str(err)`` is the whole message shown to the user."""


class InputError(WorkbenchError):
    """A file that cannot be read as what it claims to be: names the file and the problem."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
