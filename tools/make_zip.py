"""Builds the installable plugin zip: the folder clusterindex/ with the plugin's own
files only (no tests, tools, sample data or development files)."""
import argparse
import os
import subprocess
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


def metadata(url, email):
    """metadata.txt with the project's addresses (kept in one place: the Makefile)."""
    with open(os.path.join(ROOT, "metadata.txt"), encoding="utf-8") as f:
        text = f.read()
    extra = "email=%s\nhomepage=%s\nrepository=%s\ntracker=%s/issues\n" % (email, url, url, url)
    return text.replace("[general]\n", "[general]\n" + extra, 1)


def main(args):
    out = args.out
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    files = plugin_files()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for f in files:
            if f == "metadata.txt":
                z.writestr("clusterindex/metadata.txt", metadata(args.url, args.email))
            else:
                z.write(os.path.join(ROOT, f), "clusterindex/" + f)
    print("%s: %d files" % (out, len(files)))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default=os.path.join(ROOT, "build", "clusterindex.zip"))
    parser.add_argument("--url", required=True, help="the project's homepage and repository")
    parser.add_argument("--email", required=True, help="the maintainers' address")
    main(parser.parse_args())
