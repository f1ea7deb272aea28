// Command tinymodel writes a tiny random-weight llama model in GGUF format
// (about 470 KB) for testing against a real Ollama server without
// downloading weights. It uses Ollama's own pure-Go GGUF writer.
//
// The model has a SentencePiece vocabulary of <unk>, <s>, </s> and the 256
// byte tokens, so it can spell any UTF-8 text byte by byte; its answers are
// noise, but a JSON-schema format constrains them to valid JSON. It exercises
// the real HTTP protocol, schema-to-grammar and error paths, not quality.
//
//	go run ./scripts/tinymodel -o tiny.gguf
package main

import (
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"

	"github.com/ollama/ollama/fs/ggml"
)

// Shape of the model: small enough to load and answer in well under a second.
const (
	nEmbd   = 64
	nHead   = 4
	nLayer  = 2
	nFF     = 128
	nCtx    = 8192 // byte tokens spell Arabic at 2 tokens a letter: prompts are long
	tokUnk  = 0
	tokBOS  = 1
	tokEOS  = 2
	nTokens = 3 + 256
)

// SentencePiece token types as GGUF stores them.
const (
	typeUnknown = 2
	typeControl = 3
	typeByte    = 6
)

func main() {
	out := flag.String("o", "tiny.gguf", "output GGUF file")
	seed := flag.Uint64("seed", 42, "random seed for the weights")
	flag.Parse()
	if err := run(*out, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "tinymodel:", err)
		os.Exit(1)
	}
}

func run(path string, seed uint64) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create model: %w", err)
	}
	if err := ggml.WriteGGUF(f, vocabularyKV(), tensors(seed)); err != nil {
		f.Close()
		return fmt.Errorf("write gguf: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("sync model: %w", err)
	}
	return f.Close()
}

func vocabularyKV() ggml.KV {
	tokens := make([]string, 0, nTokens)
	scores := make([]float32, 0, nTokens)
	types := make([]int32, 0, nTokens)
	tokens = append(tokens, "<unk>", "<s>", "</s>")
	scores = append(scores, 0, 0, 0)
	types = append(types, typeUnknown, typeControl, typeControl)
	for b := range 256 {
		tokens = append(tokens, fmt.Sprintf("<0x%02X>", b))
		scores = append(scores, 0)
		types = append(types, typeByte)
	}
	return ggml.KV{
		"general.architecture":                   "llama",
		"general.name":                           "fatoora-tiny",
		"general.file_type":                      uint32(0), // all F32
		"llama.context_length":                   uint32(nCtx),
		"llama.embedding_length":                 uint32(nEmbd),
		"llama.block_count":                      uint32(nLayer),
		"llama.feed_forward_length":              uint32(nFF),
		"llama.attention.head_count":             uint32(nHead),
		"llama.attention.head_count_kv":          uint32(nHead),
		"llama.attention.layer_norm_rms_epsilon": float32(1e-5),
		"llama.rope.dimension_count":             uint32(nEmbd / nHead),
		"llama.rope.freq_base":                   float32(10000),
		"llama.vocab_size":                       uint32(nTokens),
		"tokenizer.ggml.model":                   "llama",
		"tokenizer.ggml.tokens":                  tokens,
		"tokenizer.ggml.scores":                  scores,
		"tokenizer.ggml.token_type":              types,
		"tokenizer.ggml.unknown_token_id":        uint32(tokUnk),
		"tokenizer.ggml.bos_token_id":            uint32(tokBOS),
		"tokenizer.ggml.eos_token_id":            uint32(tokEOS),
		"tokenizer.ggml.add_bos_token":           true,
		"tokenizer.ggml.add_eos_token":           false,
	}
}

func tensors(seed uint64) []*ggml.Tensor {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	random := func(name string, shape ...uint64) *ggml.Tensor {
		n := uint64(1)
		for _, d := range shape {
			n *= d
		}
		v := make([]float32, n)
		for i := range v {
			v[i] = float32(rng.NormFloat64() * 0.05)
		}
		return f32(name, v, shape)
	}
	ones := func(name string, n uint64) *ggml.Tensor {
		v := make([]float32, n)
		for i := range v {
			v[i] = 1
		}
		return f32(name, v, []uint64{n})
	}

	// GGUF shapes list the innermost dimension first: [in, out].
	ts := []*ggml.Tensor{
		random("token_embd.weight", nEmbd, nTokens),
		ones("output_norm.weight", nEmbd),
		random("output.weight", nEmbd, nTokens),
	}
	for i := range nLayer {
		p := fmt.Sprintf("blk.%d.", i)
		ts = append(ts,
			ones(p+"attn_norm.weight", nEmbd),
			random(p+"attn_q.weight", nEmbd, nEmbd),
			random(p+"attn_k.weight", nEmbd, nEmbd),
			random(p+"attn_v.weight", nEmbd, nEmbd),
			random(p+"attn_output.weight", nEmbd, nEmbd),
			ones(p+"ffn_norm.weight", nEmbd),
			random(p+"ffn_gate.weight", nEmbd, nFF),
			random(p+"ffn_up.weight", nEmbd, nFF),
			random(p+"ffn_down.weight", nFF, nEmbd),
		)
	}
	return ts
}

func f32(name string, v []float32, shape []uint64) *ggml.Tensor {
	var buf bytes.Buffer
	if err := binary.Write(&buf, binary.LittleEndian, v); err != nil {
		panic(err) // writing to a bytes.Buffer cannot fail
	}
	return &ggml.Tensor{Name: name, Kind: 0, Shape: shape, WriterTo: bytes.NewReader(buf.Bytes())}
}
