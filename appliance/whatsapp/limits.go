package whatsapp

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Meta's limits, counted in characters (runes).
const (
	MaxTextRunes            = 4096 // text.body
	MaxCaptionRunes         = 1024 // document caption
	MaxFilenameRunes        = 240  // document filename (kept short; Meta shows it in the chat)
	MaxInteractiveBodyRunes = 1024 // interactive body.text
	MaxButtons              = 3    // reply buttons in one message
	MaxButtonTitleRunes     = 20   // reply button title
	MaxButtonIDRunes        = 256  // reply button id
	MaxListButtonRunes      = 20   // the button that opens a list
	MaxListSections         = 10   // sections in one list
	MaxListRows             = 10   // rows in all sections together
	MaxSectionTitleRunes    = 24   // section title
	MaxRowTitleRunes        = 24   // row title
	MaxRowDescriptionRunes  = 72   // row description
	MaxRowIDRunes           = 200  // row id
	MaxDocumentBytes        = 100 << 20
)

// ErrLimit marks a request the client refused before sending because it
// breaks one of Meta's limits; sending it would only earn a 400. Never
// retryable: shorten the text (see Truncate) or split the message.
var ErrLimit = errors.New("whatsapp limit")

func checkTo(to string) error {
	if to == "" {
		return fmt.Errorf("%w: recipient is empty", ErrLimit)
	}
	return nil
}

// checkText checks s is valid UTF-8, not blank when required, and at most max runes.
func checkText(what, s string, max int, required bool) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("%w: %s is not valid UTF-8", ErrLimit, what)
	}
	if required && strings.TrimSpace(s) == "" {
		return fmt.Errorf("%w: %s is empty", ErrLimit, what)
	}
	if n := utf8.RuneCountInString(s); n > max {
		return fmt.Errorf("%w: %s is %d characters, at most %d", ErrLimit, what, n, max)
	}
	return nil
}

func checkButtons(body string, buttons []Button) error {
	if err := checkText("button message body", body, MaxInteractiveBodyRunes, true); err != nil {
		return err
	}
	if len(buttons) == 0 || len(buttons) > MaxButtons {
		return fmt.Errorf("%w: %d reply buttons, want 1 to %d", ErrLimit, len(buttons), MaxButtons)
	}
	ids := make(map[string]bool, len(buttons))
	titles := make(map[string]bool, len(buttons))
	for i, b := range buttons {
		if err := checkText(fmt.Sprintf("button %d id", i+1), b.ID, MaxButtonIDRunes, true); err != nil {
			return err
		}
		if err := checkText(fmt.Sprintf("button %d title %q", i+1, b.Title), b.Title, MaxButtonTitleRunes, true); err != nil {
			return err
		}
		if ids[b.ID] {
			return fmt.Errorf("%w: button id %q is used twice", ErrLimit, b.ID)
		}
		if titles[b.Title] {
			return fmt.Errorf("%w: button title %q is used twice", ErrLimit, b.Title)
		}
		ids[b.ID], titles[b.Title] = true, true
	}
	return nil
}

func checkList(body, button string, sections []Section) error {
	if err := checkText("list message body", body, MaxInteractiveBodyRunes, true); err != nil {
		return err
	}
	if err := checkText("list button text", button, MaxListButtonRunes, true); err != nil {
		return err
	}
	if len(sections) == 0 || len(sections) > MaxListSections {
		return fmt.Errorf("%w: %d list sections, want 1 to %d", ErrLimit, len(sections), MaxListSections)
	}
	rows := 0
	ids := map[string]bool{}
	for i, s := range sections {
		if err := checkText(fmt.Sprintf("section %d title", i+1), s.Title, MaxSectionTitleRunes, len(sections) > 1); err != nil {
			return err
		}
		if len(s.Rows) == 0 {
			return fmt.Errorf("%w: section %d has no rows", ErrLimit, i+1)
		}
		for j, r := range s.Rows {
			rows++
			where := fmt.Sprintf("section %d row %d", i+1, j+1)
			if err := checkText(where+" id", r.ID, MaxRowIDRunes, true); err != nil {
				return err
			}
			if err := checkText(fmt.Sprintf("%s title %q", where, r.Title), r.Title, MaxRowTitleRunes, true); err != nil {
				return err
			}
			if err := checkText(where+" description", r.Description, MaxRowDescriptionRunes, false); err != nil {
				return err
			}
			if ids[r.ID] {
				return fmt.Errorf("%w: row id %q is used twice", ErrLimit, r.ID)
			}
			ids[r.ID] = true
		}
	}
	if rows > MaxListRows {
		return fmt.Errorf("%w: %d list rows, at most %d", ErrLimit, rows, MaxListRows)
	}
	return nil
}

// Truncate shortens s to at most max runes, ending with "…" when it had to
// cut. It cuts on rune boundaries, never between a letter and the combining
// marks on it (Arabic harakat, shadda), and prefers to cut at a space when
// one is near the end, so a title stays readable. Invalid UTF-8 is replaced.
func Truncate(s string, max int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if max <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	rs := []rune(s)
	cut := max - 1 // room for the ellipsis
	for cut > 0 && unicode.Is(unicode.Mn, rs[cut]) {
		cut-- // rs[cut] would start the tail with a mark: keep the mark with its letter
	}
	// Prefer a word boundary in the last third.
	for i := cut; i > cut*2/3; i-- {
		if unicode.IsSpace(rs[i]) {
			cut = i
			break
		}
	}
	head := strings.TrimRightFunc(string(rs[:cut]), unicode.IsSpace)
	return head + "…"
}

// TruncateButtonTitle shortens a reply button title to MaxButtonTitleRunes.
func TruncateButtonTitle(s string) string { return Truncate(s, MaxButtonTitleRunes) }

// TruncateRowTitle shortens a list row title to MaxRowTitleRunes.
func TruncateRowTitle(s string) string { return Truncate(s, MaxRowTitleRunes) }

// TruncateRowDescription shortens a list row description to MaxRowDescriptionRunes.
func TruncateRowDescription(s string) string { return Truncate(s, MaxRowDescriptionRunes) }
