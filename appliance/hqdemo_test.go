package appliance

import (
	"testing"

	"fatoora/appliance/config"
)

// TestInvoiceConfig_DemoKeepsDocumentsFromHeadOffice: the box's book is a
// demo book exactly when the box is a demo.
func TestInvoiceConfig_DemoKeepsDocumentsFromHeadOffice(t *testing.T) {
	o := config.Default()
	if !InvoiceConfig(o).Demo {
		t.Error("a demo box's invoice book would fill outbox/hq")
	}
	o.WhatsApp.Token = "t"
	if InvoiceConfig(o).Demo {
		t.Error("a live box's invoice book is marked demo")
	}
}
