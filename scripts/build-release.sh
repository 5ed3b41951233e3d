#!/usr/bin/env bash
# Build the deployable release tarball once: compile, then pack dist/, package.json,
# package-lock.json and production-only node_modules/ (installed in a separate staging dir).
#
# Usage: scripts/build-release.sh [--ref REF] [--skip-install] [--out DIR] [version]
#   version         default: `git describe --always --dirty` (a dirty tree also gets a UTC
#                   timestamp, because a deployed version is immutable)
#   --ref REF       build a clean export of commit REF (git archive) instead of the working tree
#   --out DIR       where the tarball goes (default: $RELEASE_OUT_DIR or <repo>/release)
#   --skip-install  reuse the existing node_modules for the compile step (CI after `npm install`)
# Prints the tarball's path as the last line of stdout; also writes <tarball>.sha256.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out_dir="${RELEASE_OUT_DIR:-$repo_root/release}"
skip_install=0
version=""
ref=""

while (($#)); do
  case "$1" in
    --skip-install) skip_install=1 ;;
    --ref) ref="$2"; shift ;;
    --ref=*) ref="${1#--ref=}" ;;
    --out) out_dir="$2"; shift ;;
    --out=*) out_dir="${1#--out=}" ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}"; exit 0 ;;
    -*) echo "build-release: unknown option $1" >&2; exit 2 ;;
    *) version="$1" ;;
  esac
  shift
done

cd "$repo_root"
log() { printf 'build-release: %s\n' "$*" >&2; }

if [[ -n "$ref" ]]; then
  git rev-parse --verify --quiet "$ref^{commit}" >/dev/null || { log "unknown git ref '$ref'"; exit 2; }
  [[ -n "$version" ]] || version="$(git describe --always "$ref")"
elif [[ -z "$version" ]]; then
  version="$(git describe --always --dirty 2>/dev/null || git rev-parse --short HEAD 2>/dev/null || true)"
  [[ -n "$version" ]] || { log "cannot derive a version from git; pass one"; exit 2; }
  if [[ "$version" == *-dirty ]]; then
    version="$version.$(date -u +%Y%m%d%H%M%S)"
  fi
fi
if [[ ! "$version" =~ ^[A-Za-z0-9][A-Za-z0-9._+-]*$ ]]; then
  log "invalid version '$version' (letters, digits, . _ + -)"
  exit 2
fi

for tool in node npm tar gzip sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || { log "missing $tool"; exit 2; }
done

start=$SECONDS
stage="$(mktemp -d "${TMPDIR:-/tmp}/portfolio-returns-release.XXXXXX")"
trap 'rm -rf "$stage"' EXIT

# 0. With --ref: a clean export of that commit, built in the staging area (its own node_modules).
commit="$(git rev-parse HEAD 2>/dev/null || echo unknown)"
if [[ -n "$ref" ]]; then
  commit="$(git rev-parse "$ref^{commit}")"
  mkdir -p "$stage/src"
  git archive "$commit" | tar -x -C "$stage/src"
  cd "$stage/src"
  skip_install=0
fi

# 1. Compile once. (`npm ci` cannot be used here, see machine-notes; `npm install` follows the lockfile.)
if ((skip_install == 0)); then
  log "npm install"
  npm install --no-audit --no-fund >&2
fi
log "npm run build"
npm run build >&2
for entry in dist/main.js dist/database/migrate.js; do
  [[ -f "$entry" ]] || { log "the build did not produce $entry"; exit 1; }
done

# 2. Production dependencies only, installed from the same lockfile in a staging directory.
mkdir -p "$stage/app"
cp -a dist package.json package-lock.json "$stage/app/"
log "npm install --omit=dev (staging)"
(cd "$stage/app" && npm install --omit=dev --no-audit --no-fund --ignore-scripts >&2)
cp -a package-lock.json "$stage/app/package-lock.json"   # ship the committed lockfile unchanged
rm -rf "$stage/app/node_modules/.cache"

cat > "$stage/app/release.json" <<EOF
{"name": "portfolio-returns", "version": "$version", "commit": "$commit", "built_at": "$(date -u +%Y-%m-%dT%H:%M:%SZ)", "built_with_node": "$(node --version)"}
EOF

# 3. Pack (stable order and ownership), then move into place atomically.
mkdir -p "$out_dir"
artifact="$out_dir/portfolio-returns-$version.tar.gz"
tar -C "$stage/app" --sort=name --owner=0 --group=0 --numeric-owner -cf - . | gzip -n -6 > "$artifact.partial"
mv -f "$artifact.partial" "$artifact"
(cd "$out_dir" && sha256sum "$(basename "$artifact")" > "$(basename "$artifact").sha256")

size="$(du -h "$artifact" | cut -f1)"
log "built $artifact ($size, version $version) in $((SECONDS - start))s"
echo "$artifact"
