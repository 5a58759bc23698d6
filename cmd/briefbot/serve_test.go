package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/store"
)

// startServe runs "briefbot serve" on a loopback port and returns its base
// URL; the server stops when the test ends.
func startServe(t *testing.T, env map[string]string) string {
	t.Helper()
	env["BRIEFBOT_ADDR"] = "127.0.0.1:0"
	addr := make(chan string, 1)
	var stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr, Getenv: func(k string) string { return env[k] }, OnListen: func(a string) { addr <- a }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, []string{"serve"}) }()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exited %d: %s", code, stderr.String())
			}
		case <-time.After(20 * time.Second):
			t.Error("serve did not shut down")
		}
		if strings.Contains(stderr.String(), env["BRIEFBOT_SLACK_SIGNING_SECRET"]) && env["BRIEFBOT_SLACK_SIGNING_SECRET"] != "" {
			t.Error("signing secret in the logs")
		}
	})
	var base string
	select {
	case a := <-addr:
		base = "http://" + a
	case code := <-done:
		t.Fatalf("serve exited %d: %s", code, stderr.String())
	}
	// Ready once the articles are loaded.
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("never ready: %s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	return base
}

func TestServeSlackAndDiscord(t *testing.T) {
	const secret = "e2e-signing-secret"
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	base := startServe(t, map[string]string{
		"BRIEFBOT_SLACK_SIGNING_SECRET": secret,
		"BRIEFBOT_DISCORD_PUBLIC_KEY":   hex.EncodeToString(pub),
	})
	resp, err := http.Get(base + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz: %v %v", err, resp)
	}
	resp.Body.Close()

	// Slack: a signed form post.
	body := slackAsk(t, base, secret, "/who-said", "peskov")
	form := url.Values{"command": {"/who-said"}, "text": {"peskov"}}.Encode()
	var slackResp struct {
		ResponseType string            `json:"response_type"`
		Blocks       []json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal(body, &slackResp); err != nil || len(slackResp.Blocks) == 0 || !bytes.Contains(body, []byte("Dmitry Peskov")) {
		t.Errorf("slack answer: %s", body)
	}
	bad, _ := http.NewRequest(http.MethodPost, base+"/slack/commands", strings.NewReader(form))
	do(t, bad, http.StatusUnauthorized)

	// Discord: signed PING, command and autocomplete.
	discordPost := func(payload string, want int) []byte {
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req, _ := http.NewRequest(http.MethodPost, base+"/discord/interactions", strings.NewReader(payload))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(ts+payload))))
		return do(t, req, want)
	}
	if got := strings.TrimSpace(string(discordPost(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`, 200))); got != `{"type":1}` {
		t.Errorf("ping answered %s", got)
	}
	got := discordPost(`{"id":"1","application_id":"2","type":2,"token":"t","version":1,"data":{"id":"3","name":"who-said","type":1,"options":[{"name":"name","type":3,"value":"peskov"}]}}`, 200)
	if !bytes.Contains(got, []byte(`"type":4`)) || !bytes.Contains(got, []byte("Dmitry Peskov")) || !bytes.Contains(got, []byte(`"embeds"`)) {
		t.Errorf("who-said answered %s", got)
	}
	got = discordPost(`{"id":"1","application_id":"2","type":4,"token":"t","version":1,"data":{"id":"3","name":"who-said","type":1,"options":[{"name":"name","type":3,"value":"pes","focused":true}]}}`, 200)
	var ac struct {
		Type int `json:"type"`
		Data struct {
			Choices []struct{ Name string } `json:"choices"`
		} `json:"data"`
	}
	if err := json.Unmarshal(got, &ac); err != nil || ac.Type != 8 || len(ac.Data.Choices) == 0 || len(ac.Data.Choices) > 25 || ac.Data.Choices[0].Name != "Dmitry Peskov" {
		t.Errorf("autocomplete answered %s", got)
	}
}

// slackAsk sends a signed slash command to a running serve.
func slackAsk(t *testing.T, base, secret, command, text string) []byte {
	t.Helper()
	form := url.Values{"command": {command}, "text": {text}, "team_id": {"T1"}, "channel_id": {"C1"}, "user_id": {"U1"}}.Encode()
	req, _ := http.NewRequest(http.MethodPost, base+"/slack/commands", strings.NewReader(form))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, form)
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return do(t, req, http.StatusOK)
}

func do(t *testing.T, req *http.Request, want int) []byte {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		t.Errorf("%s %s: status %d, want %d: %s", req.Method, req.URL.Path, resp.StatusCode, want, b)
	}
	return b
}

func TestServeRefusesBadConfig(t *testing.T) {
	_, stderr, code := run(t, map[string]string{"BRIEFBOT_TIMEZONE": "Nowhere/Else"}, "serve")
	if code != 1 || !strings.Contains(stderr, "BRIEFBOT_TIMEZONE") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestServeFollowsFeeds(t *testing.T) {
	const secret = "feeds-signing-secret"
	site := newsSite(t)
	base := startServe(t, map[string]string{
		"BRIEFBOT_SLACK_SIGNING_SECRET": secret,
		"BRIEFBOT_STATE_DIR":            t.TempDir(),
		"BRIEFBOT_FEEDS":                site.URL + "/feed.xml",
	})
	// The feeds are read on start; their articles replace the shipped
	// ones without a restart.
	deadline := time.Now().Add(15 * time.Second)
	for {
		body := slackAsk(t, base, secret, "/who-said", "raman")
		if bytes.Contains(body, []byte("Priya Raman")) {
			var msg struct {
				Blocks []struct{ Text struct{ Text string } }
			}
			_ = json.Unmarshal(body, &msg)
			var text strings.Builder
			for _, b := range msg.Blocks {
				text.WriteString(b.Text.Text)
			}
			if !strings.Contains(text.String(), "<"+site.URL+"/bridge|") {
				t.Errorf("source title not linked to the page: %s", body)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the feed's articles never reached the briefing: %s", body)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestServeDropsExpiredArticles: an article of the store older than
// feeds_keep is served until the first read of the feeds removes it, and
// the briefing swapped in then no longer holds it.
func TestServeDropsExpiredArticles(t *testing.T) {
	const secret = "expiry-signing-secret"
	site := newsSite(t)
	state := t.TempDir()
	st, err := store.Open(state)
	if err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-60 * 24 * time.Hour)
	_, err = st.Put(store.Article{
		URL: "https://example.com/old-pier", Title: "Pier reopens after repairs", Site: "Valley News",
		Published: old.Format(time.DateOnly), Added: old,
		Text: "The old pier reopened to walkers on Saturday after a year of repairs to its timber deck.\n\n" +
			`"We are proud of the work the volunteers did," said Ada Oldfield, who chairs the pier trust.` + "\n\n" +
			"The trust raised most of the money through a public appeal and two summer fairs.",
	})
	if err != nil {
		t.Fatal(err)
	}
	// The feed's pages are stored already: the first read adds nothing,
	// and only the expiry can change the briefing.
	now := time.Now()
	for _, a := range []store.Article{
		{URL: site.URL + "/bridge", Title: "Valley bridge to reopen in spring", Added: now,
			Text: `"The steel is sound and the new supports are in place," Priya Raman, the county's chief engineer, told reporters at the site.`},
		{URL: site.URL + "/library", Title: "Town library extends its hours", Added: now,
			Text: `"Students need a warm and quiet place to work after school," said Owen Pryce, who chairs the library's friends group.`},
	} {
		if _, err := st.Put(a); err != nil {
			t.Fatal(err)
		}
	}
	base := startServe(t, map[string]string{
		"BRIEFBOT_SLACK_SIGNING_SECRET": secret,
		"BRIEFBOT_STATE_DIR":            state,
		"BRIEFBOT_FEEDS":                site.URL + "/feed.xml",
	})
	deadline := time.Now().Add(15 * time.Second)
	for {
		raman := slackAsk(t, base, secret, "/who-said", "raman")
		oldfield := slackAsk(t, base, secret, "/who-said", "oldfield")
		if bytes.Contains(raman, []byte("Priya Raman")) && !bytes.Contains(oldfield, []byte("Ada Oldfield")) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the expired article is still served:\n%s\n%s", oldfield, raman)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if arts, _, err := st.Articles(); err != nil || len(arts) != 2 {
		t.Errorf("store after the first read: %d articles, %v; want the feed's two", len(arts), err)
	}
}
