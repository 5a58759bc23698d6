package slack

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

const secret = "8f742231b10e8888abcd99yyyzzz85a5"

func quiet() *slog.Logger { return slog.New(slog.DiscardHandler) }

func seedBot(tb testing.TB) *bot.Bot {
	tb.Helper()
	arts, err := briefing.Load(seeds.FS, ".", quiet())
	if err != nil {
		tb.Fatal(err)
	}
	return bot.New(briefing.New(arts))
}

// sign sets Slack's v0 signature headers on a request, as Slack does.
func sign(req *http.Request, key string, ts time.Time, body string) {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(key))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	req.Header.Set("X-Slack-Request-Timestamp", stamp)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
}

// commandForm is the form Slack posts for a slash command.
func commandForm(command, text, responseURL string) string {
	return url.Values{
		"token": {"gIkuvaNzQIHg97ATvDxqgjtO"}, "team_id": {"T0001"}, "team_domain": {"example"},
		"channel_id": {"C2147483705"}, "channel_name": {"test"}, "user_id": {"U2147483697"},
		"user_name": {"steve"}, "command": {command}, "text": {text},
		"response_url": {responseURL}, "trigger_id": {"13345224609.738474920.8088930838d88f008e0"},
		"api_app_id": {"A123456"},
	}.Encode()
}

func post(t testing.TB, h http.Handler, body string, mutate func(*http.Request)) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	sign(req, secret, time.Now(), body)
	if mutate != nil {
		mutate(req)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

type slackResponse struct {
	ResponseType string       `json:"response_type"`
	Text         string       `json:"text"`
	Blocks       slack.Blocks `json:"blocks"`
}

func decode(t testing.TB, body []byte) slackResponse {
	t.Helper()
	var r slackResponse
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("response is not Slack JSON: %v\n%s", err, body)
	}
	return r
}

func TestSignatureChecks(t *testing.T) {
	h := NewCommandHandler(seedBot(t), Options{SigningSecret: secret, Log: quiet()})
	body := commandForm("/who-said", "peskov", "")
	tests := []struct {
		name   string
		mutate func(*http.Request)
		body   string
		want   int
	}{
		{"good", nil, body, http.StatusOK},
		{"wrong secret", func(r *http.Request) { sign(r, "another-secret", time.Now(), body) }, body, http.StatusUnauthorized},
		{"stale", func(r *http.Request) { sign(r, secret, time.Now().Add(-6*time.Minute), body) }, body, http.StatusUnauthorized},
		{"future", func(r *http.Request) { sign(r, secret, time.Now().Add(6*time.Minute), body) }, body, http.StatusUnauthorized},
		{"no signature", func(r *http.Request) { r.Header.Del("X-Slack-Signature") }, body, http.StatusUnauthorized},
		{"no timestamp", func(r *http.Request) { r.Header.Del("X-Slack-Request-Timestamp") }, body, http.StatusUnauthorized},
		{"body changed after signing", func(r *http.Request) {
			r.Body = io.NopCloser(strings.NewReader(strings.Replace(body, "peskov", "lavrov", 1)))
		}, body, http.StatusUnauthorized},
		{"oversize", nil, body + "&pad=" + strings.Repeat("x", MaxBodyBytes), http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := post(t, h, tt.body, tt.mutate)
			if rec.Code != tt.want {
				t.Errorf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
		})
	}
	get := httptest.NewRecorder()
	h.ServeHTTP(get, httptest.NewRequest(http.MethodGet, "/slack/commands", nil))
	if get.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET: status %d", get.Code)
	}
}

func TestCommandsAnswer(t *testing.T) {
	h := NewCommandHandler(seedBot(t), Options{SigningSecret: secret, Log: quiet(), Commands: map[string]string{"brief": "/news-brief"}})
	tests := []struct {
		command, text string
		kind          string
		contains      string
	}{
		{"/who-said", "peskov", slack.ResponseTypeInChannel, "Dmitry Peskov"},
		{"/who-said", "pskv", slack.ResponseTypeInChannel, "quite high"},
		{"/who-said", "", slack.ResponseTypeEphemeral, "Usage"},
		{"/who-said", "zzzzzz", slack.ResponseTypeEphemeral, "Nobody called"},
		{"/news-brief", "", slack.ResponseTypeInChannel, "Vietnam"},
		{"/timeline", "putin", slack.ResponseTypeInChannel, "Timeline: Vladimir Putin"},
		{"/briefbot", "who-said lavrov", slack.ResponseTypeInChannel, "Lavrov"},
		{"/briefbot", "help", slack.ResponseTypeInChannel, "/who-said"},
		{"/briefbot", "", slack.ResponseTypeInChannel, "briefbot commands"},
	}
	for _, tt := range tests {
		t.Run(tt.command+" "+tt.text, func(t *testing.T) {
			rec := post(t, h, commandForm(tt.command, tt.text, ""), nil)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			r := decode(t, rec.Body.Bytes())
			if r.ResponseType != tt.kind || !strings.Contains(rec.Body.String(), tt.contains) {
				t.Errorf("response_type %q, want %q; body lacks %q:\n%s", r.ResponseType, tt.kind, tt.contains, rec.Body)
			}
			if len(r.Blocks.BlockSet) == 0 {
				t.Error("no blocks")
			}
		})
	}
}

func TestEphemeralSetting(t *testing.T) {
	h := NewCommandHandler(seedBot(t), Options{SigningSecret: secret, Ephemeral: true, Log: quiet()})
	r := decode(t, post(t, h, commandForm("/brief", "", ""), nil).Body.Bytes())
	if r.ResponseType != slack.ResponseTypeEphemeral {
		t.Errorf("response_type %q, want ephemeral", r.ResponseType)
	}
}

// slowAnswerer answers after a delay, to cross Slack's deadline.
type slowAnswerer struct {
	delay time.Duration
	inner Answerer
}

func (s slowAnswerer) Handle(ctx context.Context, req bot.Request) bot.Reply {
	time.Sleep(s.delay)
	return s.inner.Handle(ctx, req)
}

func TestLateReplyGoesToResponseURL(t *testing.T) {
	got := make(chan []byte, 1)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got <- b
	}))
	defer hook.Close()
	h := NewCommandHandler(slowAnswerer{200 * time.Millisecond, seedBot(t)}, Options{SigningSecret: secret, Deadline: 20 * time.Millisecond, Log: quiet()})
	start := time.Now()
	rec := post(t, h, commandForm("/who-said", "peskov", hook.URL+"/commands/T0001/1234/abcd"), nil)
	if d := time.Since(start); d > 150*time.Millisecond {
		t.Errorf("acknowledged after %v, want at once", d)
	}
	if ack := decode(t, rec.Body.Bytes()); ack.ResponseType != slack.ResponseTypeEphemeral {
		t.Errorf("ack %+v", ack)
	}
	select {
	case b := <-got:
		if r := decode(t, b); r.ResponseType != slack.ResponseTypeInChannel || !strings.Contains(string(b), "Dmitry Peskov") {
			t.Errorf("delayed reply: %s", b)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no delayed reply")
	}
	h.Wait()
}

// TestBlockKitGolden pins the Block Kit JSON of each command on the
// shipped articles. Run with -update to rewrite testdata/.
func TestBlockKitGolden(t *testing.T) {
	b := seedBot(t)
	for _, line := range []string{"/brief", "/who-said peskov", "/timeline", "/who-said smith"} {
		name := strings.ReplaceAll(strings.TrimPrefix(line, "/"), " ", "_") + ".json"
		t.Run(name, func(t *testing.T) {
			raw, err := json.MarshalIndent(responseOf(Render(b.HandleLine(context.Background(), line), true)), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", name)
			if *update {
				if err := os.WriteFile(path, raw, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if diff := cmp.Diff(string(want), string(raw)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", line, diff)
			}
		})
	}
}

// checkLimits asserts a message is one Slack accepts.
func checkLimits(t *testing.T, m Message) {
	t.Helper()
	if len(m.Blocks) > MaxBlocks {
		t.Errorf("%d blocks, limit %d", len(m.Blocks), MaxBlocks)
	}
	for _, b := range m.Blocks {
		switch b := b.(type) {
		case *slack.HeaderBlock:
			if n := utf8.RuneCountInString(b.Text.Text); n > MaxHeaderText {
				t.Errorf("header of %d characters", n)
			}
		case *slack.SectionBlock:
			if n := utf8.RuneCountInString(b.Text.Text); n > MaxSectionText || n == 0 {
				t.Errorf("section of %d characters", n)
			}
		case *slack.ContextBlock:
			if n := len(b.ContextElements.Elements); n > MaxContextElements {
				t.Errorf("context of %d elements", n)
			}
		}
	}
}

func TestLimitsOnLargeCorpus(t *testing.T) {
	dir := "../../../shared/corpus/bbc/politics"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus not present: %v", err)
	}
	arts, err := briefing.Load(os.DirFS(dir), ".", quiet())
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(briefing.New(arts))
	for _, line := range []string{"/timeline", "/names", "/quotes", "/who-said blair", "/brief", "/timeline blair"} {
		t.Run(line, func(t *testing.T) {
			m := Render(b.HandleLine(context.Background(), line), true)
			checkLimits(t, m)
			raw, _ := json.Marshal(responseOf(m))
			switch {
			case strings.HasPrefix(line, "/timeline"):
				// The key events fit; the reply says there are more.
				if !strings.Contains(string(raw), "key events of") {
					t.Errorf("%s: want the key events of more, got %s", line, raw)
				}
			case line != "/brief" && !m.Truncated():
				t.Errorf("%s: want a cut answer on 400 articles", line)
			}
			if m.Truncated() && !strings.Contains(string(raw), "Showing") {
				t.Errorf("%s: cut without saying so", line)
			}
		})
	}
}

func TestCutNeverSplitsWords(t *testing.T) {
	s := strings.Repeat("alpha beta ", 400)
	got := cut(s, 100)
	if utf8.RuneCountInString(got) > 100 || !strings.HasSuffix(got, "…") || strings.Contains(got, "alph…") || strings.Contains(got, "bet…") {
		t.Errorf("cut = %q", got)
	}
}

func TestEscapeMrkdwn(t *testing.T) {
	if got := escape("a <b> & c"); got != "a &lt;b&gt; &amp; c" {
		t.Errorf("escape = %q", got)
	}
}

func TestSourceLineLinksTitle(t *testing.T) {
	tests := []struct {
		name string
		src  bot.Source
		want string
	}{
		{"file", bot.Source{Title: "A & B", Outlet: "AP", Date: "8 Nov 2017"}, "_A &amp; B_ — AP, 8 Nov 2017"},
		{"url", bot.Source{Title: "A <b>", URL: "https://example.com/a?x=1&y=2", Outlet: "AP"}, "<https://example.com/a?x=1&amp;y=2|A &lt;b&gt;> — AP"},
		{"pipe in url", bot.Source{Title: "T", URL: "https://example.com/a|b"}, "<https://example.com/a%7Cb|T>"},
	}
	for _, tt := range tests {
		if got := sourceLine(tt.src); got != tt.want {
			t.Errorf("%s: sourceLine = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// fakeWebAPI speaks chat.postMessage: it answers each request from a
// script of statuses and records the channels posted to.
type fakeWebAPI struct {
	mu     sync.Mutex
	script []int
	calls  int
	posted []string
}

func (f *fakeWebAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	_ = r.ParseForm()
	// slack-go sends the token in the form or as a bearer header.
	if r.URL.Path != "/chat.postMessage" || (r.Header.Get("Authorization") != "Bearer xoxb-test" && r.PostForm.Get("token") != "xoxb-test") {
		http.Error(w, "unexpected", http.StatusBadRequest)
		return
	}
	status := http.StatusOK
	if len(f.script) > 0 {
		status, f.script = f.script[0], f.script[1:]
	}
	w.Header().Set("Content-Type", "application/json")
	switch status {
	case http.StatusTooManyRequests:
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(`{"ok":false,"error":"ratelimited"}`))
	case http.StatusInternalServerError:
		w.WriteHeader(status)
	case 404: // stands for channel_not_found, which Slack sends with 200
		_, _ = w.Write([]byte(`{"ok":false,"error":"channel_not_found"}`))
	default:
		if r.PostForm.Get("blocks") == "" {
			http.Error(w, "no blocks", http.StatusBadRequest)
			return
		}
		f.posted = append(f.posted, r.PostForm.Get("channel"))
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1503435956.%06d","message":{"text":"x"}}`, r.PostForm.Get("channel"), f.calls)
	}
}

func testPoster(t *testing.T, api *fakeWebAPI) (*Poster, *[]time.Duration) {
	srv := httptest.NewServer(api)
	t.Cleanup(srv.Close)
	p := NewPoster("xoxb-test", srv.URL+"/", srv.Client(), quiet())
	var waits []time.Duration
	p.sleep = func(ctx context.Context, d time.Duration) error { waits = append(waits, d); return ctx.Err() }
	return p, &waits
}

func TestPosterWaitsOutRateLimit(t *testing.T) {
	api := &fakeWebAPI{script: []int{http.StatusTooManyRequests, http.StatusOK}}
	p, waits := testPoster(t, api)
	ts, err := p.Post(context.Background(), "C123", seedBot(t).HandleLine(context.Background(), "/brief"))
	if err != nil || ts == "" {
		t.Fatalf("post: %v", err)
	}
	if diff := cmp.Diff([]string{"C123"}, api.posted); diff != "" {
		t.Errorf("posted (-want +got):\n%s", diff)
	}
	if len(*waits) != 1 || (*waits)[0] != time.Second {
		t.Errorf("waits = %v, want one of Retry-After's 1s", *waits)
	}
}

func TestPosterRetriesServerErrors(t *testing.T) {
	api := &fakeWebAPI{script: []int{500, 500, 200}}
	p, waits := testPoster(t, api)
	if _, err := p.Post(context.Background(), "C1", bot.Reply{Title: "t"}); err != nil {
		t.Fatal(err)
	}
	if len(*waits) != 2 || (*waits)[1] < (*waits)[0]/2 {
		t.Errorf("waits = %v, want two growing backoffs", *waits)
	}
	api = &fakeWebAPI{script: []int{500, 500, 500, 500, 500, 500}}
	p, _ = testPoster(t, api)
	if _, err := p.Post(context.Background(), "C1", bot.Reply{Title: "t"}); err == nil || api.calls != MaxPostAttempts {
		t.Errorf("err %v after %d calls, want failure after %d", err, api.calls, MaxPostAttempts)
	}
}

func TestPosterPermanentError(t *testing.T) {
	api := &fakeWebAPI{script: []int{404}}
	p, waits := testPoster(t, api)
	_, err := p.Post(context.Background(), "CNOPE", bot.Reply{Title: "t"})
	if err == nil || !errorsIs(err, bot.ErrPermanent) || api.calls != 1 || len(*waits) != 0 {
		t.Errorf("err %v, %d calls, waits %v; want one permanent failure", err, api.calls, *waits)
	}
	if strings.Contains(err.Error(), "xoxb-test") {
		t.Errorf("token in error: %v", err)
	}
}

// fakeSocket records acknowledgements.
type fakeSocket struct {
	acks []any
}

func (f *fakeSocket) RunContext(ctx context.Context) error { <-ctx.Done(); return nil }
func (f *fakeSocket) Ack(req socketmode.Request, payload ...any) error {
	if len(payload) == 0 {
		f.acks = append(f.acks, nil)
	} else {
		f.acks = append(f.acks, payload[0])
	}
	return nil
}

func TestSocketModeAckAndLargeReply(t *testing.T) {
	got := make(chan []byte, 1)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got <- b
	}))
	defer hook.Close()
	h := NewCommandHandler(seedBot(t), Options{Log: quiet()})
	fs := &fakeSocket{}
	evt := func(cmd, text string) socketmode.Event {
		return socketmode.Event{Type: socketmode.EventTypeSlashCommand, Request: &socketmode.Request{EnvelopeID: "e1"},
			Data: slack.SlashCommand{Command: cmd, Text: text, ResponseURL: hook.URL}}
	}
	h.HandleSocketEvent(context.Background(), evt("/who-said", "peskov"), fs)
	if len(fs.acks) != 1 || fs.acks[0] == nil {
		t.Fatalf("acks = %v, want the reply in the ack", fs.acks)
	}
	raw, _ := json.Marshal(fs.acks[0])
	if !strings.Contains(string(raw), "Dmitry Peskov") {
		t.Errorf("ack payload: %s", raw)
	}
	// A reply over the acknowledgement limit: an empty ack, then response_url.
	big := bot.New(bigBriefer{seedBriefer(t)})
	h = NewCommandHandler(big, Options{Log: quiet()})
	fs = &fakeSocket{}
	h.HandleSocketEvent(context.Background(), evt("/briefbot", "quotes"), fs)
	if len(fs.acks) != 1 || fs.acks[0] != nil {
		t.Fatalf("acks = %v, want one empty ack", fs.acks)
	}
	select {
	case b := <-got:
		if len(b) < SocketAckLimit/2 {
			t.Errorf("delivered %d bytes", len(b))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no delivery through response_url")
	}
}

func seedBriefer(t *testing.T) *briefing.Briefing {
	arts, err := briefing.Load(seeds.FS, ".", quiet())
	if err != nil {
		t.Fatal(err)
	}
	return briefing.New(arts)
}

// bigBriefer repeats every quote, made long, so that /quotes passes the
// Socket Mode acknowledgement limit.
type bigBriefer struct{ *briefing.Briefing }

func (b bigBriefer) Quotes() []briefing.Quote {
	var out []briefing.Quote
	for i := 0; i < 3; i++ {
		for _, q := range b.Briefing.Quotes() {
			q.Text = strings.Repeat(q.Text+" ", 8)
			out = append(out, q)
		}
	}
	return out
}

func errorsIs(err, target error) bool {
	for err != nil {
		if err == target {
			return true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return strings.Contains(err.Error(), target.Error())
		}
		err = u.Unwrap()
	}
	return false
}

// BenchmarkSignedWhoSaid sends 300 signed /who-said requests in a row to a
// server on loopback and reports the 99th percentile latency.
func BenchmarkSignedWhoSaid(b *testing.B) {
	h := NewCommandHandler(seedBot(b), Options{SigningSecret: secret, Log: quiet()})
	srv := httptest.NewServer(h)
	defer srv.Close()
	body := commandForm("/who-said", "peskov", "")
	var lat []time.Duration
	for b.Loop() {
		for i := 0; i < 300; i++ {
			req, _ := http.NewRequest(http.MethodPost, srv.URL, bytes.NewReader([]byte(body)))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			sign(req, secret, time.Now(), body)
			start := time.Now()
			resp, err := srv.Client().Do(req)
			if err != nil {
				b.Fatal(err)
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			lat = append(lat, time.Since(start))
			if resp.StatusCode != http.StatusOK {
				b.Fatalf("status %d", resp.StatusCode)
			}
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
}
