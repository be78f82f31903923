"""Builds the installable plugin zip: the folder clusterindex/ with the plugin's own
files only (no tests, tools, sample data or development files)."""
import os
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN_PARTS = ("__init__.py", "metadata.txt", "LICENSE", "README.md", "plugin/", "algorithms/",
                "resources/")


def plugin_files():
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    listed += ["resources/i18n/" + f for f in os.listdir(os.path.join(ROOT, "resources", "i18n"))
               if f.endswith(".qm")]  # built by make, not tracked
    return sorted(f for f in listed if f.startswith(PLUGIN_PARTS) and os.path.isfile(os.path.join(ROOT, f))
                  and "__pycache__" not in f and not f.endswith(".ts"))


def main(out):
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    files = plugin_files()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for f in files:
            z.write(os.path.join(ROOT, f), "clusterindex/" + f)
    print("%s: %d files" % (out, len(files)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "clusterindex.zip"))
