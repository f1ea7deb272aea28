package whatsapp_test

import (
	"context"
	"errors"
	"testing"

	"fatoora/appliance/whatsapp"
	"fatoora/appliance/whatsapp/graphsim"
)

func TestClient_SendCarriesCallbackData(t *testing.T) {
	g, c, _ := start(t)
	id, err := c.SendText(whatsapp.WithCallbackData(context.Background(), "o1/00/reply"), "201001234567", "hi", "")
	if err != nil {
		t.Fatal(err)
	}
	if got := lastBody(t, g)["biz_opaque_callback_data"]; got != "o1/00/reply" {
		t.Errorf("body carries %v", got)
	}
	if m, _ := g.Message(id); m.CallbackData != "o1/00/reply" {
		t.Errorf("stand-in saw %q", m.CallbackData)
	}
}

func TestClient_AuthErrorsAndCheckToken(t *testing.T) {
	g, c, _ := start(t)
	if err := c.CheckToken(context.Background()); err != nil {
		t.Fatalf("working token: %v", err)
	}
	g.SetToken("rotated")
	_, err := c.SendText(context.Background(), "201001234567", "hi", "")
	if !whatsapp.IsAuth(err) || whatsapp.IsRetryable(err) {
		t.Errorf("expired token: auth=%v retry=%v (%v)", whatsapp.IsAuth(err), whatsapp.IsRetryable(err), err)
	}
	if err := c.CheckToken(context.Background()); !whatsapp.IsAuth(err) {
		t.Errorf("check with an expired token: %v", err)
	}
	g.AddFault(graphsim.Fault{Times: 1, Code: 10, HTTPStatus: 403})
	g.SetToken(token)
	if _, err := c.SendText(context.Background(), "201001234567", "hi", ""); !whatsapp.IsAuth(err) {
		t.Errorf("permission error: %v", err)
	}
}

func TestClient_MalformedAnswerIsRetryableAndUncertain(t *testing.T) {
	g, c, _ := start(t)
	g.AddFault(graphsim.FailMalformed(2))
	_, err := c.SendText(context.Background(), "201001234567", "hi", "")
	var me *whatsapp.MalformedError
	if !errors.As(err, &me) || !whatsapp.IsRetryable(err) || !whatsapp.Uncertain(err) || whatsapp.IsAuth(err) {
		t.Errorf("malformed send answer: %v", err)
	}
	_, err = c.UploadMedia(context.Background(), "a.pdf", "application/pdf", []byte("%PDF-1.4 x"))
	if !errors.As(err, &me) || !whatsapp.IsRetryable(err) {
		t.Errorf("malformed upload answer: %v", err)
	}
}
