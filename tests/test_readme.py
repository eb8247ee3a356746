"""The README keeps up with the code: its layout names every module."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_layout_lists_every_module():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout"):readme.index("## How it works")]
    modules = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workbench").rglob("*.py")
                     if "__pycache__" not in p.parts)
    assert modules
    missing = [m for m in modules if m not in layout]
    assert not missing, f"README layout lacks: {missing}"
