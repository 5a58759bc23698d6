package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakePlatforms speaks just enough of Slack's Web API and Discord's REST
// API: each answers its first request with 429, then accepts posts.
type fakePlatforms struct {
	mu            sync.Mutex
	slackPosts    []string // channels of accepted chat.postMessage calls
	discordPosts  []string // channels of accepted messages
	slackCalls    int
	discordCalls  int
	slack, discrd *httptest.Server
}

func newFakePlatforms(t *testing.T) *fakePlatforms {
	f := &fakePlatforms{}
	f.slack = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.slackCalls++
		_ = r.ParseForm()
		w.Header().Set("Content-Type", "application/json")
		if f.slackCalls == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"ok":false,"error":"ratelimited"}`)
			return
		}
		if r.URL.Path != "/chat.postMessage" || r.PostForm.Get("blocks") == "" {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		f.slackPosts = append(f.slackPosts, r.PostForm.Get("channel"))
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000000.00010%d"}`, r.PostForm.Get("channel"), len(f.slackPosts))
	}))
	f.discrd = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.discordCalls++
		w.Header().Set("Content-Type", "application/json")
		if f.discordCalls == 1 {
			w.Header().Set("Retry-After", "0.05")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"message":"You are being rate limited.","retry_after":0.05,"global":false}`)
			return
		}
		if r.Method != http.MethodPost || !strings.HasPrefix(r.URL.Path, "/api/v9/channels/") || r.Header.Get("Authorization") != "Bot discord-token" {
			http.Error(w, `{"message":"bad"}`, http.StatusBadRequest)
			return
		}
		ch := strings.Split(r.URL.Path, "/")[4]
		f.discordPosts = append(f.discordPosts, ch)
		fmt.Fprintf(w, `{"id":"12000000000000000%d","channel_id":%q}`, len(f.discordPosts), ch)
	}))
	t.Cleanup(f.slack.Close)
	t.Cleanup(f.discrd.Close)
	return f
}

func (f *fakePlatforms) env(stateDir string) map[string]string {
	return map[string]string{
		"BRIEFBOT_SLACK_API_URL":          f.slack.URL + "/",
		"BRIEFBOT_SLACK_BOT_TOKEN":        "xoxb-secret-token",
		"BRIEFBOT_DAILY_SLACK_CHANNELS":   "C123",
		"BRIEFBOT_DISCORD_API_URL":        f.discrd.URL + "/api/",
		"BRIEFBOT_DISCORD_BOT_TOKEN":      "discord-token",
		"BRIEFBOT_DAILY_DISCORD_CHANNELS": "456",
		"BRIEFBOT_STATE_DIR":              stateDir,
	}
}

func TestPostTwicePostsOnce(t *testing.T) {
	f := newFakePlatforms(t)
	env := f.env(t.TempDir())
	out1, stderr, code := run(t, env, "post")
	if code != 0 {
		t.Fatalf("first post exited %d: %s\n%s", code, out1, stderr)
	}
	out2, stderr, code := run(t, env, "post")
	if code != 0 {
		t.Fatalf("second post exited %d: %s\n%s", code, out2, stderr)
	}
	if strings.Join(f.slackPosts, ",") != "C123" || strings.Join(f.discordPosts, ",") != "456" {
		t.Errorf("slack posts %v, discord posts %v; want one each", f.slackPosts, f.discordPosts)
	}
	if !strings.Contains(out2, "already posted") {
		t.Errorf("second run said:\n%s", out2)
	}
	for _, secret := range []string{"xoxb-secret-token", "discord-token"} {
		if strings.Contains(out1+out2+stderr, secret) {
			t.Errorf("secret %q printed", secret)
		}
	}
}

func TestPostDryRun(t *testing.T) {
	f := newFakePlatforms(t)
	env := f.env(t.TempDir())
	delete(env, "BRIEFBOT_SLACK_BOT_TOKEN")
	out, stderr, code := run(t, env, "post", "--dry-run")
	if code != 0 || !strings.Contains(out, "Would post to slack:C123") || !strings.Contains(out, "Would post to discord:456") {
		t.Fatalf("exit %d\n%s\n%s", code, out, stderr)
	}
	if f.slackCalls+f.discordCalls != 0 {
		t.Errorf("dry run called the platforms %d times", f.slackCalls+f.discordCalls)
	}
}

func TestPostFailingTargetExitsNonZero(t *testing.T) {
	f := newFakePlatforms(t)
	env := f.env(t.TempDir())
	env["BRIEFBOT_SLACK_API_URL"] = "http://127.0.0.1:1/" // nothing listens
	out, _, code := run(t, env, "post")
	if code != 1 || !strings.Contains(out, "slack:C123") || !strings.Contains(out, "failed") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	if strings.Join(f.discordPosts, ",") != "456" {
		t.Errorf("the other target was not posted: %v", f.discordPosts)
	}
}

func TestPostWithoutTargets(t *testing.T) {
	_, stderr, code := run(t, map[string]string{}, "post")
	if code != 1 || !strings.Contains(stderr, "BRIEFBOT_DAILY_SLACK_CHANNELS") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}

func TestWatchReloadsOnChange(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var reloads atomic.Int32
	w, err := watchArticles(dir, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	stopped := make(chan struct{})
	go func() { w.Run(ctx, func() { reloads.Add(1) }); close(stopped) }()
	for i := 0; i < 3; i++ {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("n%d.txt", i)), []byte("T\n\nA sentence here.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for reloads.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := reloads.Load(); n != 1 {
		t.Errorf("%d reloads for one burst of writes, want 1", n)
	}
	cancel()
	<-stopped
}

// TestServeReloadsArticles adds an article to the folder serve reads and
// finds it in an answer without a restart; a broken folder keeps the old
// briefing.
func TestServeReloadsArticles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Council approves budget\n\nThe city council approved its budget on Monday, officials said.\n")
	const secret = "reload-secret"
	base := startServe(t, map[string]string{"BRIEFBOT_SEEDS": dir, "BRIEFBOT_SLACK_SIGNING_SECRET": secret})
	ask := func() string {
		return string(slackAsk(t, base, secret, "/brief", ""))
	}
	if !strings.Contains(ask(), "Council approves budget") {
		t.Fatal("first article missing")
	}
	write("b.txt", "Storm hits the coast\n\nA storm hit the coast on Tuesday, cutting power to thousands, the utility said.\n")
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(ask(), "Storm hits the coast") {
		if time.Now().After(deadline) {
			t.Fatal("new article never served")
		}
		time.Sleep(100 * time.Millisecond)
	}
	// A folder that no longer loads keeps the previous briefing serving.
	for _, name := range []string{"a.txt", "b.txt"} {
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(2 * reloadDelay)
	if !strings.Contains(ask(), "Storm hits the coast") {
		t.Error("an empty folder replaced the briefing")
	}
}
