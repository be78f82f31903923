"""The shape of the plugin's code, read with ast (nothing is imported): no class longer
than 200 lines, no function longer than 60, and layers that point one way:
plugin → algorithms → core → definitions. The core (numpy only) never imports qgis;
the definitions import neither qgis nor numpy nor anything of the plugin; nothing in
algorithms imports the plugin package."""
import ast
import os

from conftest import REPO

PARTS = ("algorithms", "plugin", "resources")
MAX_CLASS_LINES = 200
MAX_FUNCTION_LINES = 60


def python_files(*parts):
    """Repository-relative paths of every .py file under `parts`."""
    out = []
    for part in parts:
        for folder, dirs, files in os.walk(os.path.join(REPO, part)):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            out += [os.path.relpath(os.path.join(folder, f), REPO) for f in sorted(files) if f.endswith(".py")]
    return out


def parse(relpath):
    with open(os.path.join(REPO, relpath), encoding="utf-8") as f:
        return ast.parse(f.read(), relpath)


def lines(node):
    return node.end_lineno - node.lineno + 1


def too_long(kinds, limit):
    return ["%s:%d %s %s: %d lines" % (path, node.lineno, "class" if isinstance(node, ast.ClassDef) else "def",
                                       node.name, lines(node))
            for path in python_files(*PARTS) for node in ast.walk(parse(path))
            if isinstance(node, kinds) and lines(node) > limit]


def imported(relpath):
    """(line, absolute module name) of every import in the file (also inside functions),
    relative imports resolved against the package `clusterindex` (the repository); for
    `from X import a, b` both X.a and X.b are listed (a may be a module)."""
    package = ["clusterindex"] + os.path.dirname(relpath).split(os.sep)
    package = [p for p in package if p]
    out = []
    for node in ast.walk(parse(relpath)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            out.append((node.lineno, module))
            out += [(node.lineno, module + "." + alias.name) for alias in node.names]
    return out


def offenders(paths, forbidden):
    """'path:line module' of every import of a module that `forbidden(module)` refuses."""
    return ["%s:%d imports %s" % (path, line, module)
            for path in paths for line, module in imported(path) if forbidden(module)]


def test_the_files_are_found_and_relative_imports_resolved():
    files = python_files(*PARTS)
    for path in ("algorithms/base.py", "algorithms/core/dscore.py", "algorithms/definitions.py",
                 "plugin/provider.py", "resources/help.py"):
        assert path.replace("/", os.sep) in files, path
    core = [m for _, m in imported(os.path.join("algorithms", "core", "dscore.py"))]
    assert "clusterindex.algorithms.core.canceled" in core and "numpy" in core
    base = [m for _, m in imported(os.path.join("algorithms", "base.py"))]
    assert "clusterindex.resources" in base and "clusterindex.algorithms.outputs" in base


def test_no_class_longer_than_200_lines():
    found = too_long(ast.ClassDef, MAX_CLASS_LINES)
    assert not found, "classes longer than %d lines:\n%s" % (MAX_CLASS_LINES, "\n".join(found))


def test_no_function_longer_than_60_lines():
    found = too_long((ast.FunctionDef, ast.AsyncFunctionDef), MAX_FUNCTION_LINES)
    assert not found, "functions longer than %d lines:\n%s" % (MAX_FUNCTION_LINES, "\n".join(found))


def top(module):
    return module.split(".")[0]


def within(module, package):
    return module == package or module.startswith(package + ".")


def test_the_core_imports_no_qgis_and_nothing_above_it():
    """Only numpy and friends, the core itself and the definitions (`from .. import x`
    names the package clusterindex.algorithms: only x = definitions is allowed)."""
    def forbidden(module):
        if top(module) in ("qgis", "processing", "PyQt5", "osgeo"):
            return True
        return top(module) == "clusterindex" and not (
            within(module, "clusterindex.algorithms.core") or within(module, "clusterindex.algorithms.definitions")
            or module == "clusterindex.algorithms")
    found = offenders(python_files(os.path.join("algorithms", "core")), forbidden)
    assert not found, "algorithms/core/ must stay numpy-only:\n" + "\n".join(found)


def test_definitions_import_neither_qgis_nor_numpy_nor_the_plugin():
    path = os.path.join("algorithms", "definitions.py")
    found = offenders([path], lambda m: top(m) in ("qgis", "processing", "PyQt5", "numpy", "osgeo", "clusterindex"))
    assert not found, "algorithms/definitions.py is the bottom of the import graph:\n" + "\n".join(found)


def test_algorithms_do_not_import_the_plugin_package():
    found = offenders(python_files("algorithms"), lambda m: within(m, "clusterindex.plugin"))
    assert not found, "algorithms/ must not import plugin/ (plugin → algorithms):\n" + "\n".join(found)


def test_the_checks_find_offenders(tmp_path, monkeypatch):
    """The checks above on a made-up plugin that breaks every rule: each must fail."""
    files = {
        "algorithms/core/bad.py": ("from qgis.core import QgsPointXY\nfrom .. import outputs\n"
                                   "from .. import definitions\n"),
        "algorithms/core/worse.py": "def f():\n    from ..reading import read\n",
        "algorithms/definitions.py": "import numpy as np\n",
        "algorithms/uses_plugin.py": "from ..plugin.provider import ClusterIndexProvider\n",
        "plugin/long.py": "def f():\n" + "    x = 1\n" * 60 + "\n\nclass C:\n" + "    y = 2\n" * 200,
        "resources/fine.py": "def g():\n" + "    x = 1\n" * 59,
    }
    for path, text in files.items():
        (tmp_path / os.path.dirname(path)).mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    monkeypatch.setitem(globals(), "REPO", str(tmp_path))
    checks = {test_no_class_longer_than_200_lines: ["plugin/long.py:64 class C: 201 lines"],
              test_no_function_longer_than_60_lines: ["plugin/long.py:1 def f: 61 lines"],
              test_the_core_imports_no_qgis_and_nothing_above_it: [
                  "bad.py:1 imports qgis.core", "bad.py:2 imports clusterindex.algorithms.outputs",
                  "worse.py:2 imports clusterindex.algorithms.reading"],
              test_definitions_import_neither_qgis_nor_numpy_nor_the_plugin: ["definitions.py:1 imports numpy"],
              test_algorithms_do_not_import_the_plugin_package: ["uses_plugin.py:1 imports clusterindex.plugin"]}
    for check, named in checks.items():
        try:
            check()
        except AssertionError as e:
            message = str(e)
        else:
            raise AssertionError("%s found nothing" % check.__name__)
        for text in named:
            assert text in message, (check.__name__, text, message)
        assert "fine.py" not in message and "bad.py:3" not in message  # from .. import definitions
