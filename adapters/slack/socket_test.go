package slack

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// TestSocketModeOverWebSocket runs RunSocketMode against a fake Slack:
// apps.connections.open hands out a WebSocket URL on loopback, which greets
// with hello, sends a slash command envelope and reads the
// acknowledgement, as Slack's Socket Mode does.
func TestSocketModeOverWebSocket(t *testing.T) {
	acks := make(chan map[string]any, 1)
	// Slack's client sends an Origin of its own.
	upgrader := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/apps.connections.open":
			if r.Header.Get("Authorization") != "Bearer xapp-1-test" {
				http.Error(w, `{"ok":false,"error":"invalid_auth"}`, http.StatusUnauthorized)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(srv.URL, "http") + "/link"})
		case "/link":
			conn, err := upgrader.Upgrade(w, r, nil)
			if err != nil {
				return
			}
			defer conn.Close()
			_ = conn.WriteJSON(map[string]any{"type": "hello", "num_connections": 1,
				"connection_info": map[string]any{"app_id": "A123"},
				"debug_info":      map[string]any{"host": "applink-test", "approximate_connection_time": 18060}})
			_ = conn.WriteJSON(map[string]any{
				"envelope_id": "1d3c79ab-0ffb-41f3-a080-d19e85f53649", "type": "slash_commands", "accepts_response_payload": true,
				"payload": map[string]any{"token": "t", "team_id": "T1", "team_domain": "example", "channel_id": "C1",
					"channel_name": "general", "user_id": "U1", "user_name": "ann", "command": "/who-said", "text": "peskov",
					"api_app_id": "A123", "response_url": "https://hooks.slack.com/commands/T1/1/x", "trigger_id": "1.2.3"},
			})
			for {
				var msg map[string]any
				if err := conn.ReadJSON(&msg); err != nil {
					return
				}
				if msg["envelope_id"] == "1d3c79ab-0ffb-41f3-a080-d19e85f53649" {
					acks <- msg
				}
			}
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	h := NewCommandHandler(seedBot(t), Options{Log: quiet()})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.RunSocketMode(ctx, "xapp-1-test", "xoxb-test", srv.URL+"/") }()
	select {
	case ack := <-acks:
		raw, _ := json.Marshal(ack["payload"])
		if !strings.Contains(string(raw), "Dmitry Peskov") || !strings.Contains(string(raw), `"blocks"`) {
			t.Errorf("ack payload: %s", raw)
		}
	case err := <-done:
		t.Fatalf("socket mode ended: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("no acknowledgement")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("RunSocketMode: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("socket mode did not stop")
	}
}
