package staff

import (
	"strings"

	"fatoora/appliance/pipeline"
)

// Why an order stands where it does, in the reader's language: the
// pipeline records the rule that decided (Order.Rule) and an English
// Reason for logs; the page words the rule with the order's own
// particulars (the words not understood, the product in question). An
// order decided before rules were recorded, or by a rule the page does
// not know yet, shows its Reason as it was written.

// whyRules are the rules the page words ("why.<rule>" in the catalogue).
var whyRules = []string{
	pipeline.RuleComplaint, pipeline.RuleGreeting, pipeline.RuleService, pipeline.RuleShopInfo, pipeline.RuleNoProduct,
	pipeline.RuleNotCarried, pipeline.RuleLeftCatalog, pipeline.RuleWhich, pipeline.RuleUnavailable,
	pipeline.RuleShortStock, pipeline.RuleSubstitute, pipeline.RuleColorOffered, pipeline.RuleSize,
	pipeline.RuleColor, pipeline.RuleLowConf, pipeline.RuleUnexplained, pipeline.RuleSizes,
	pipeline.RuleUnread, pipeline.RuleTwice, pipeline.RulePerUnit, pipeline.RuleUncounted, pipeline.RuleIssue,
	pipeline.RuleTakenOver, pipeline.RuleAskedStaff, pipeline.RuleBacklog, pipeline.RuleNoText,
	pipeline.RulePricing, pipeline.RuleNationalID, pipeline.RuleRefused, pipeline.RuleNoAlternative,
	pipeline.RuleEdited, pipeline.RuleAboutDoc, pipeline.RuleDocAgain,
}

// Why words an order's reason for the page (empty when it has none).
func (v view) Why(o pipeline.Order) string {
	if o.Rule == "" {
		return o.Reason
	}
	if _, ok := messages["why."+o.Rule]; !ok {
		return o.Reason
	}
	sep := "، "
	if v.Lang == English {
		sep = ", "
	}
	var detail string
	switch o.Rule {
	case pipeline.RuleService, pipeline.RuleShopInfo:
		detail = strings.Join(o.Service, sep)
		if o.Rule == pipeline.RuleShopInfo && len(o.ShopBeyond) > 0 {
			// "انتو فين في المهندسين؟": answered; the place asked of is the
			// clerk's to confirm
			return textf(v.Lang, "why.shop-info-beyond", detail, quoted(strings.Join(o.ShopBeyond, " ")))
		}
	case pipeline.RuleUnexplained:
		detail = unexplained(o, sep)
	case pipeline.RuleUnread, pipeline.RuleNotCarried, pipeline.RuleAboutDoc:
		var ps []string
		for _, l := range o.Lines {
			if l.SKU == "" && l.Phrase != "" {
				ps = append(ps, quoted(l.Phrase))
			}
		}
		detail = strings.Join(ps, sep)
		if detail == "" {
			detail = unexplained(o, sep) // after a document: "ممكن تغيروا اللون"
		}
		if detail == "" && o.Text != "" {
			detail = quoted(o.Text) // after a document, nothing placed: "طب والاسود؟" as written
		}
	case pipeline.RuleDocAgain:
		switch {
		case o.Resent != "":
			detail = o.Resent
		case o.Decision == pipeline.DecAsk:
			return text(v.Lang, "why.document-again-early")
		default:
			return text(v.Lang, "why.document-again-none")
		}
	case pipeline.RuleLowConf:
		detail = v.Pct(o.Confidence)
	case pipeline.RuleIssue:
		doc := o.Document
		if doc == "" {
			doc = o.Quote
		}
		// issued, and still a person's: a line not in the catalog, or a
		// question beside the order
		var unknown []string
		for _, l := range o.Lines {
			if l.SKU == "" && l.Phrase != "" {
				unknown = append(unknown, quoted(l.Phrase))
			}
		}
		switch {
		case o.NeedsStaff && len(unknown) > 0:
			return textf(v.Lang, "why.issue-unknown", doc, strings.Join(unknown, sep))
		case o.NeedsStaff && len(o.Service) > 0:
			return textf(v.Lang, "why.issue-service", doc, strings.Join(o.Service, sep))
		}
		detail = doc
	case pipeline.RulePricing, pipeline.RuleRefused:
		_, detail, _ = strings.Cut(o.Reason, ": ") // the error, as the invoice package wrote it
	case pipeline.RuleEdited:
		detail = strings.TrimPrefix(o.Reason, "lines edited by ")
	case pipeline.RuleSubstitute:
		if l, ok := problemLine(o); ok {
			detail = strings.Join(l.Lacks, " ")
			if l.Name != "" {
				detail = l.Name + " ≠ " + quoted(detail)
			}
		}
	default:
		if l, ok := problemLine(o); ok {
			detail = l.Name
			if detail == "" {
				detail = quoted(l.Phrase)
			}
		}
	}
	if !strings.Contains(text(v.Lang, "why."+o.Rule), "%s") {
		return text(v.Lang, "why."+o.Rule)
	}
	return textf(v.Lang, "why."+o.Rule, detail)
}

// unexplained are the words the box could not place, each isolated.
func unexplained(o pipeline.Order, sep string) string {
	ws := make([]string, len(o.Unexplained))
	for i, w := range o.Unexplained {
		ws[i] = isolate(w)
	}
	return strings.Join(ws, sep)
}

// quoted puts the customer's own words in guillemets, isolated.
func quoted(words string) string { return "«" + isolate(words) + "»" }

// isolate wraps the customer's words in a first-strong isolate: a Franco
// phrase in an Arabic sentence ("3 metr mawaseer") keeps its own order
// instead of being reordered by the sentence around it ("metr mawaseer 3").
func isolate(words string) string { return "\u2068" + words + "\u2069" }

// problemLine is the line the last decision stopped at.
func problemLine(o pipeline.Order) (pipeline.Line, bool) {
	for _, l := range o.Lines {
		if l.Problem != "" {
			return l, true
		}
	}
	return pipeline.Line{}, false
}
