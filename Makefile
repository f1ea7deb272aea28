# Fatoora — `make help` lists the targets.
GO ?= go
BIN := bin/fatoora

.PHONY: help build run test test-short bench fuzz vet lint fmt faults soak

help: ## list the targets
	@grep -hE '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*## "}{printf "  %-14s %s\n", $$1, $$2}'

# The version, commit and build date `fatoora version` prints.
COMMIT := $(shell git rev-parse HEAD 2>/dev/null)$(shell test -n "$$(git status --porcelain 2>/dev/null)" && echo +dirty)
LDFLAGS := -X fatoora/appliance/cli.commit=$(COMMIT) -X fatoora/appliance/cli.buildDate=$(shell date -u +%Y-%m-%dT%H:%M:%SZ)

build: ## build bin/fatoora
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/fatoora

.PHONY: deb
deb: ## build the Debian package bin/fatoora_<version>_<arch>.deb (binary, systemd unit, /etc/fatoora/fatoora.env)
	scripts/deb/build.sh bin

run: build ## run the box with its embedded defaults (demo catalog, simulator) on :8080
	./$(BIN) serve

test: ## go vet, staticcheck, then every test with the race detector (the README's test command)
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	$(GO) test -race -count=1 ./...
	cd third_party/fpdf && $(GO) test -race -count=1 .

faults: ## the fault suite with its figures (RELIABILITY.md): kills, full disk, token, Graph faults, damaged stores, poison, floods
	$(GO) test -race -count=1 -v -run 'TestFaults_|TestOutbox_|TestHandler_UnsignedFlood|TestHandler_OversizedID|TestAccept_MalformedSenders|TestAccept_StorageError|TestOpen_RefusesDamaged|TestStoreCheck|TestServe_RefusesEmptyStore|TestWorker_Poison|TestAdmin_Guard|TestDB_Batch' ./appliance/... 2>&1 | grep -E '^(=== RUN|--- |ok|FAIL|PASS)|soak:|disk full:|bounded:'

soak: ## the long fault soak: 100 SIGKILLs at random moments during a send-heavy load (about 3 minutes)
	FATOORA_SOAK_KILLS=100 $(GO) test -count=1 -timeout 30m -v -run 'TestFaults_SIGKILLDuringSends' ./appliance/cli/ 2>&1 | grep -E '^(--- |ok|FAIL)|soak:'

vet: ## go vet
	$(GO) vet ./...

lint: ## staticcheck (the version pinned by the tool line of go.mod)
	$(GO) tool staticcheck ./...

fmt: ## gofmt the tree
	gofmt -w $$(git ls-files '*.go')

.PHONY: build-hq bench-hq-sync
build-hq: ## build bin/fatoora-hq (head office)
	$(GO) build -o bin/fatoora-hq ./cmd/fatoora-hq

bench-hq-sync: ## head-office sync drain benchmark, bbolt and PostgreSQL (see BENCHMARKS.md; N=100000 for the large backlog)
	FATOORA_BENCH_DOCS=$(or $(N),10000) FATOORA_TEST_PG_FSYNC=on $(GO) test -run '^$$' -bench BenchmarkSync_Drain -benchtime 1x -timeout 20m ./sync/hqe2e/

.PHONY: test-ollama
test-ollama: ## integration tests against a real Ollama (builds v0.17.4 once, serves a tiny random-weight model)
	scripts/test-ollama.sh

.PHONY: bench-ingest fuzz-ingest load-webhooks
bench-ingest: ## webhook ingest benchmark: 1, 8, 64 senders, durable commit, and against a minimal receiver (see BENCHMARKS.md)
	$(GO) test -run '^$$' -bench 'BenchmarkHandler_Webhook|BenchmarkIngest_VsMinimal' -benchtime 3000x ./appliance/ingest/

fuzz-ingest: ## fuzz the webhook parser for 30s
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime 30s ./appliance/ingest/

load-webhooks: ## N signed webhooks against a running box: make load-webhooks URL=... SECRET=... N=5000 C=8
	$(GO) run ./scripts/loadwebhook -url $(or $(URL),http://127.0.0.1:8080/webhook/whatsapp) -secret "$(SECRET)" -n $(or $(N),5000) -c $(or $(C),8)

.PHONY: bench-catalog fuzz-catalog
bench-catalog: ## catalog Match p50/p99 at 5,000 and 50,000 products, and import time (see BENCHMARKS.md)
	$(GO) test -run '^$$' -bench 'BenchmarkMatch' -benchtime 3000x -benchmem ./catalog/
	$(GO) test -run '^$$' -bench 'BenchmarkStore_Import' -benchtime 3x ./catalog/

fuzz-catalog: ## fuzz the catalog CSV, XLSX and vocabulary parsers, 15s each
	$(GO) test -run '^$$' -fuzz FuzzParseCSV -fuzztime 15s ./catalog/
	$(GO) test -run '^$$' -fuzz FuzzParseXLSX -fuzztime 15s ./catalog/
	$(GO) test -run '^$$' -fuzz FuzzParseVocabulary -fuzztime 15s ./catalog/

.PHONY: bench-history bench-catalog-memory
HISTORY_DIR ?= $(or $(TMPDIR),/tmp)/fatoora-history
HISTORY_ORDERS ?= 0 100000 1000000
bench-history: ## growth: the order path on stores holding 0, 100,000 and 1,000,000 orders, and the catalog at 1,000, 5,000 and 50,000 products (see BENCHMARKS.md)
	mkdir -p $(HISTORY_DIR)
	$(GO) build -o $(HISTORY_DIR)/fatoora ./cmd/fatoora
	for n in $(HISTORY_ORDERS); do \
		rm -rf $(HISTORY_DIR)/h$$n && \
		FATOORA_HISTORY_DIR=$(HISTORY_DIR)/h$$n FATOORA_HISTORY_ORDERS=$$n $(GO) test -count=1 -run TestHistory_Generate -timeout 2h ./appliance/ && \
		echo "== $$n orders stored" && \
		$(GO) run ./scripts/loadorders -bin $(HISTORY_DIR)/fatoora -data $(HISTORY_DIR)/h$$n -n 3000 -c 64 -rate 100 -timeout 15m || exit 1; \
		rm -rf $(HISTORY_DIR)/h$$n; \
	done
	$(GO) test -run '^$$' -bench 'BenchmarkReserve_History|BenchmarkStore_AlternativesOutOfStock' -benchtime 2000x ./catalog/
	$(MAKE) bench-catalog-memory

bench-catalog-memory: ## resident memory of the catalog at 1,000, 5,000 and 50,000 products, in steady state and during an index rebuild
	for n in 1000 5000 50000; do echo "== $$n products"; $(GO) run ./scripts/catalogmem -n $$n || exit 1; done
