#!/usr/bin/env bash
# test-ollama.sh — run the Ollama integration tests of appliance/understand/ollama against a
# real Ollama server (v0.17.4) serving a tiny random-weight llama model. No weights are
# downloaded: the model is written by scripts/tinymodel. It tests the real HTTP protocol,
# schema-to-grammar and the error paths, not extraction quality.
#
# Usage:  scripts/test-ollama.sh          build (cached), create the model, serve, test
#         scripts/test-ollama.sh build    only build the ollama binary into the cache
#
# Environment:
#   FATOORA_OLLAMA_CACHE  where the built binary lives (default ~/.cache/fatoora/ollama-v0.17.4)
#   FATOORA_OLLAMA_PORT   loopback port for the test server (default 11499)
#   SKIP_APT=1            do not apt-get the build headers (already installed)
#
# If FATOORA_TEST_OLLAMA_URL and FATOORA_TEST_OLLAMA_MODEL are already set, nothing is built:
# the tests run against that server (any real Ollama with any model).
set -euo pipefail

OLLAMA_VERSION=v0.17.4
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GO=${GO:-go}
CACHE=${FATOORA_OLLAMA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/fatoora/ollama-$OLLAMA_VERSION}
PORT=${FATOORA_OLLAMA_PORT:-11499}
BIN=$CACHE/bin/ollama
PKG=./appliance/understand/ollama/...

log() { printf '[test-ollama] %s\n' "$*" >&2; }

run_tests() {
	log "integration tests against $FATOORA_TEST_OLLAMA_URL model $FATOORA_TEST_OLLAMA_MODEL"
	cd "$ROOT"
	"$GO" test -count=1 -race -run 'Integration' -v $PKG
}

if [[ -n "${FATOORA_TEST_OLLAMA_URL:-}" && -n "${FATOORA_TEST_OLLAMA_MODEL:-}" && "${1:-}" != build ]]; then
	run_tests
	exit 0
fi

install_headers() {
	if [[ "${SKIP_APT:-}" == 1 ]]; then return; fi
	if dpkg -s nlohmann-json3-dev libstb-dev >/dev/null 2>&1; then return; fi
	log "installing build headers (nlohmann-json3-dev libstb-dev)"
	local sudo=""
	if [[ $(id -u) != 0 ]]; then sudo=sudo; fi
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nlohmann-json3-dev libstb-dev
}

# The Go module zip of ollama strips llama.cpp's vendor/ folder. nlohmann/json and stb come from
# Debian; miniaudio is only used to decode audio input for multimodal models, so a stub whose
# decoder always fails is enough for a text-only test server.
write_miniaudio_stub() {
	mkdir -p "$CACHE/include/miniaudio"
	cat >"$CACHE/include/miniaudio/miniaudio.h" <<'STUB'
/* Stub of miniaudio for building ollama without llama.cpp's vendor/ folder.
 * Audio decoding always fails (MA_ERROR); text models are unaffected. */
#ifndef FATOORA_MINIAUDIO_STUB_H
#define FATOORA_MINIAUDIO_STUB_H
#include <stddef.h>
#include <stdint.h>
typedef int ma_result;
typedef uint64_t ma_uint64;
typedef uint32_t ma_uint32;
#define MA_SUCCESS 0
#define MA_ERROR (-1)
typedef enum { ma_format_unknown = 0, ma_format_f32 = 5 } ma_format;
typedef struct { ma_format format; ma_uint32 channels; ma_uint32 sampleRate; } ma_decoder_config;
typedef struct { int unused; } ma_decoder;
static inline ma_decoder_config ma_decoder_config_init(ma_format f, ma_uint32 ch, ma_uint32 rate) {
	ma_decoder_config c; c.format = f; c.channels = ch; c.sampleRate = rate; return c;
}
static inline ma_result ma_decoder_init_memory(const void *d, size_t n, const ma_decoder_config *c, ma_decoder *dec) {
	(void)d; (void)n; (void)c; (void)dec; return MA_ERROR;
}
static inline ma_result ma_decoder_get_length_in_pcm_frames(ma_decoder *dec, ma_uint64 *n) {
	(void)dec; *n = 0; return MA_ERROR;
}
static inline ma_result ma_decoder_read_pcm_frames(ma_decoder *dec, void *out, ma_uint64 n, ma_uint64 *read) {
	(void)dec; (void)out; (void)n; *read = 0; return MA_ERROR;
}
static inline ma_result ma_decoder_uninit(ma_decoder *dec) { (void)dec; return MA_SUCCESS; }
#endif
STUB
}

build_ollama() {
	# go install does not stamp the version into the binary (it reports
	# 0.0.0), so a stamp file beside it records what was built.
	if [[ -x "$BIN" && "$(cat "$BIN.version" 2>/dev/null)" == "$OLLAMA_VERSION" ]]; then
		log "using cached $BIN"
		return
	fi
	install_headers
	write_miniaudio_stub
	mkdir -p "$CACHE/bin"
	log "building ollama $OLLAMA_VERSION with CGO (about 7 minutes cold on 2 cores)"
	local start=$SECONDS
	# Outside the fatoora module so its go.mod is neither read nor touched.
	(cd "$CACHE" && GOWORK=off GOFLAGS=-buildvcs=false CGO_ENABLED=1 \
		CGO_CPPFLAGS="-I$CACHE/include -I/usr/include/stb" GOBIN="$CACHE/bin" \
		"$GO" install "github.com/ollama/ollama@$OLLAMA_VERSION")
	echo "$OLLAMA_VERSION" >"$BIN.version"
	log "built $BIN in $((SECONDS - start)) s ($(du -h "$BIN" | cut -f1))"
}

build_ollama
if [[ "${1:-}" == build ]]; then exit 0; fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fatoora-ollama.XXXXXX")
SERVER_PID=""
cleanup() {
	if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
	if [[ "${KEEP:-}" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# The server's state lives in the temp dir; HOME is changed for ollama only,
# so go keeps its module and build caches.
export OLLAMA_MODELS=$WORK/models OLLAMA_HOST=127.0.0.1:$PORT
export OLLAMA_NOPRUNE=1
mkdir -p "$WORK/home" "$OLLAMA_MODELS"
ollama() { HOME=$WORK/home "$BIN" "$@"; }

log "writing the tiny model"
(cd "$ROOT" && "$GO" run ./scripts/tinymodel -o "$WORK/tiny.gguf")
cat >"$WORK/Modelfile" <<'MF'
FROM ./tiny.gguf
TEMPLATE """{{- range .Messages }}<|{{ .Role }}|>
{{ .Content }}
{{ end }}<|assistant|>
"""
PARAMETER num_ctx 8192
MF

log "serving on $OLLAMA_HOST (log: $WORK/serve.log)"
HOME=$WORK/home "$BIN" serve >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
	if curl -fsS "http://$OLLAMA_HOST/api/version" >/dev/null 2>&1; then break; fi
	if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$WORK/serve.log" >&2; log "server exited"; exit 1; fi
	sleep 0.2
done
curl -fsS "http://$OLLAMA_HOST/api/version" >&2; echo >&2

(cd "$WORK" && ollama create fatoora-tiny -f Modelfile) >&2

# The tiny model's byte vocabulary spells Arabic at two tokens a letter, so the
# fixed prompt needs a larger context than a real model's 2048 for the prefix
# cache to work (a prompt cut to fit is re-evaluated on every request).
export FATOORA_TEST_OLLAMA_URL="http://$OLLAMA_HOST" FATOORA_TEST_OLLAMA_MODEL=fatoora-tiny
export FATOORA_TEST_OLLAMA_NUM_CTX=8192
status=0
run_tests || status=$?
if [[ $status != 0 ]]; then log "tests failed; server log tail:"; tail -40 "$WORK/serve.log" >&2; fi
exit $status
