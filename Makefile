# Fatoora — `make help` lists the targets.
GO ?= go
BIN := bin/fatoora

.PHONY: help build run test test-short bench fuzz vet fmt

help: ## list the targets
	@grep -hE '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*## "}{printf "  %-14s %s\n", $$1, $$2}'

build: ## build bin/fatoora
	$(GO) build -o $(BIN) ./cmd/fatoora

run: build ## run the box with its embedded defaults (demo catalog, simulator) on :8080
	./$(BIN) serve

test: ## run every test with the race detector (the README's test command)
	$(GO) vet ./...
	$(GO) test -race -count=1 ./...

vet: ## go vet
	$(GO) vet ./...

fmt: ## gofmt the tree
	gofmt -w $$(git ls-files '*.go')

.PHONY: test-ollama
test-ollama: ## integration tests against a real Ollama (builds v0.17.4 once, serves a tiny random-weight model)
	scripts/test-ollama.sh
