# Installs what a fresh Debian/Ubuntu machine lacks for the README's two commands, or says how.
# Sourced by scripts/run, scripts/test and .ci/run:
#
#   ensure_prerequisites [node] [browser]
#
# Always: the .NET SDK (checked, not installed: it comes from Microsoft's packages) and the PostgreSQL
# server programs (initdb, pg_ctl: Debian's "postgresql"). With "node": Node.js and npm (the build of the
# web app in web/, and the conformance tests). With "browser": Debian's Chromium and ChromeDriver
# (/usr/bin/chromium, for tests/Browser.Tests). Run as root, missing Debian packages are installed with apt-get; otherwise the one command to
# run is printed and the function fails. Nothing is installed when everything is there already.

prerequisite_packages_missing() {
    local missing=()
    if ! command -v initdb >/dev/null 2>&1 && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
        missing+=(postgresql)
    fi
    local wanted
    for wanted in "$@"; do
        if [[ "$wanted" == node ]] && { ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; }; then
            missing+=(nodejs npm)
        fi
        if [[ "$wanted" == browser ]] && { [[ ! -x /usr/bin/chromium ]] || [[ ! -x /usr/bin/chromedriver ]]; }; then
            missing+=(chromium chromium-driver)
        fi
    done
    echo "${missing[*]}"
}

ensure_prerequisites() {
    if ! command -v dotnet >/dev/null 2>&1; then
        echo "The .NET 10 SDK (dotnet) is required: https://learn.microsoft.com/dotnet/core/install/linux" >&2
        return 1
    fi

    local missing
    missing=$(prerequisite_packages_missing "$@")
    if [[ -z "$missing" ]]; then
        return 0
    fi

    if [[ "$(id -u)" -ne 0 ]]; then
        echo "Missing: $missing. Install them with:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends $missing" >&2
        return 1
    fi

    echo "== installing: $missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q </dev/null >&2 &&
        # shellcheck disable=SC2086 # the list is meant to split into package names
        apt-get install -y -q --no-install-recommends $missing </dev/null >&2
}
