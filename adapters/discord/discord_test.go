package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func quiet() *slog.Logger { return slog.New(slog.DiscardHandler) }

func seedBot(tb testing.TB) *bot.Bot {
	tb.Helper()
	arts, err := briefing.Load(seeds.FS, ".", quiet())
	if err != nil {
		tb.Fatal(err)
	}
	return bot.New(briefing.New(arts))
}

type keys struct {
	pub  ed25519.PublicKey
	priv ed25519.PrivateKey
}

func newKeys(t testing.TB) keys {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return keys{pub, priv}
}

// signed builds a request signed as Discord signs interactions.
func signed(k keys, ts time.Time, body string) *http.Request {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	req := httptest.NewRequest(http.MethodPost, "/discord/interactions", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(k.priv, []byte(stamp+body))))
	return req
}

const ping = `{"id":"1","application_id":"2","type":1,"token":"tok","version":1}`

func command(name, option, value string) string {
	opts := "[]"
	if option != "" {
		opts = fmt.Sprintf(`[{"name":%q,"type":3,"value":%q}]`, option, value)
	}
	return fmt.Sprintf(`{"id":"11","application_id":"2","type":2,"token":"tok","version":1,"guild_id":"3","channel_id":"4","data":{"id":"5","name":%q,"type":1,"options":%s}}`, name, opts)
}

func autocomplete(name, option, typed string) string {
	return fmt.Sprintf(`{"id":"12","application_id":"2","type":4,"token":"tok","version":1,"guild_id":"3","channel_id":"4","data":{"id":"5","name":%q,"type":1,"options":[{"name":%q,"type":3,"value":%q,"focused":true}]}}`, name, option, typed)
}

func endpoint(t testing.TB, k keys, a Answerer) *Endpoint {
	e, err := NewEndpoint(NewHandler(a, quiet()), hex.EncodeToString(k.pub))
	if err != nil {
		t.Fatal(err)
	}
	return e
}

type response struct {
	Type int `json:"type"`
	Data struct {
		Flags   int                                        `json:"flags"`
		Embeds  []*discordgo.MessageEmbed                  `json:"embeds"`
		Choices []discordgo.ApplicationCommandOptionChoice `json:"choices"`
	} `json:"data"`
}

func serve(t *testing.T, e http.Handler, req *http.Request) (int, response, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, req)
	var r response
	if rec.Code == http.StatusOK {
		if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
			t.Fatalf("not JSON: %v: %s", err, rec.Body)
		}
	}
	return rec.Code, r, rec.Body.String()
}

func TestVerification(t *testing.T) {
	k := newKeys(t)
	e := endpoint(t, k, seedBot(t))
	other := newKeys(t)
	tests := []struct {
		name string
		req  *http.Request
		want int
	}{
		{"signed ping", signed(k, time.Now(), ping), http.StatusOK},
		{"other key", signed(other, time.Now(), ping), http.StatusUnauthorized},
		{"stale", signed(k, time.Now().Add(-10*time.Minute), ping), http.StatusUnauthorized},
		{"tampered", func() *http.Request {
			r := signed(k, time.Now(), ping)
			r.Body = io.NopCloser(strings.NewReader(strings.Replace(ping, `"type":1`, `"type":2`, 1)))
			return r
		}(), http.StatusUnauthorized},
		{"unsigned", httptest.NewRequest(http.MethodPost, "/discord/interactions", strings.NewReader(ping)), http.StatusUnauthorized},
		{"oversize", signed(k, time.Now(), ping+strings.Repeat(" ", MaxBodyBytes)), http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, r, body := serve(t, e, tt.req)
			if code != tt.want {
				t.Fatalf("status %d, want %d: %s", code, tt.want, body)
			}
			if code == http.StatusOK && (r.Type != 1 || strings.TrimSpace(body) != `{"type":1}`) {
				t.Errorf("ping answer %s, want {\"type\":1}", body)
			}
		})
	}
}

func TestCommands(t *testing.T) {
	k := newKeys(t)
	e := endpoint(t, k, seedBot(t))
	tests := []struct {
		body      string
		ephemeral bool
		contains  string
	}{
		{command("who-said", "name", "peskov"), false, "Dmitry Peskov"},
		{command("who-said", "name", "peskof"), false, "quite high"},
		{command("who-said", "name", "zzzzzz"), true, "Nobody called"},
		{command("brief", "", ""), false, "Vietnam"},
		{command("brief", "topic", "bolton"), false, "Bolton"},
		{command("timeline", "topic", "putin"), false, "Timeline: Vladimir Putin"},
		{command("help", "", ""), false, "/who-said"},
	}
	for _, tt := range tests {
		t.Run(tt.body[60:110], func(t *testing.T) {
			code, r, body := serve(t, e, signed(k, time.Now(), tt.body))
			if code != http.StatusOK || r.Type != 4 {
				t.Fatalf("status %d type %d: %s", code, r.Type, body)
			}
			if (r.Data.Flags == 64) != tt.ephemeral || !strings.Contains(body, tt.contains) {
				t.Errorf("flags %d (ephemeral want %v); lacks %q: %s", r.Data.Flags, tt.ephemeral, tt.contains, body)
			}
		})
	}
}

func TestAutocomplete(t *testing.T) {
	k := newKeys(t)
	e := endpoint(t, k, seedBot(t))
	code, r, body := serve(t, e, signed(k, time.Now(), autocomplete("who-said", "name", "pes")))
	if code != http.StatusOK || r.Type != 8 {
		t.Fatalf("status %d type %d: %s", code, r.Type, body)
	}
	if len(r.Data.Choices) == 0 || len(r.Data.Choices) > MaxChoices || r.Data.Choices[0].Name != "Dmitry Peskov" {
		t.Errorf("choices %s", body)
	}
	_, r, _ = serve(t, e, signed(k, time.Now(), autocomplete("timeline", "topic", "")))
	if len(r.Data.Choices) == 0 || len(r.Data.Choices) > MaxChoices {
		t.Errorf("empty prefix gave %d choices", len(r.Data.Choices))
	}
}

func TestChoicesLimits(t *testing.T) {
	var names []string
	for i := 0; i < 40; i++ {
		names = append(names, strings.Repeat("n", 150))
	}
	cs := Choices(names)
	if len(cs) != MaxChoices {
		t.Errorf("%d choices", len(cs))
	}
	for _, c := range cs {
		if utf8.RuneCountInString(c.Name) > MaxChoiceLength || utf8.RuneCountInString(c.Value.(string)) > MaxChoiceLength {
			t.Errorf("choice too long: %d", utf8.RuneCountInString(c.Name))
		}
	}
}

// checkEmbeds asserts a message is one Discord accepts.
func checkEmbeds(t *testing.T, m Message) {
	t.Helper()
	if len(m.Embeds) > MaxEmbeds {
		t.Errorf("%d embeds", len(m.Embeds))
	}
	total := 0
	for _, e := range m.Embeds {
		total += embedSize(e)
		if runes(e.Title) > MaxEmbedTitle || runes(e.Description) > MaxEmbedDescription || len(e.Fields) > MaxEmbedFields {
			t.Errorf("embed over limits: title %d, description %d, fields %d", runes(e.Title), runes(e.Description), len(e.Fields))
		}
		for _, f := range e.Fields {
			if runes(f.Name) > MaxFieldName || runes(f.Value) > MaxFieldValue {
				t.Errorf("field over limits")
			}
		}
		if e.Footer != nil && runes(e.Footer.Text) > MaxFooterText {
			t.Errorf("footer over limit")
		}
	}
	if total > MaxEmbedTotal {
		t.Errorf("%d characters in all, limit %d", total, MaxEmbedTotal)
	}
}

func TestEmbedLimitsOnLargeCorpus(t *testing.T) {
	dir := "../../../shared/corpus/bbc/politics"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus not present: %v", err)
	}
	arts, err := briefing.Load(os.DirFS(dir), ".", quiet())
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(briefing.New(arts))
	for _, line := range []string{"/timeline", "/names", "/quotes", "/who-said blair", "/brief", "/timeline blair", "/help"} {
		t.Run(line, func(t *testing.T) {
			m := Render(b.HandleLine(context.Background(), line))
			checkEmbeds(t, m)
			if m.Truncated() {
				last := m.Embeds[len(m.Embeds)-1]
				if last.Footer == nil || !strings.Contains(last.Footer.Text, "Showing") {
					t.Errorf("cut without saying so")
				}
			}
		})
	}
}

func TestEmbedsGolden(t *testing.T) {
	b := seedBot(t)
	for _, line := range []string{"/brief", "/who-said peskov", "/timeline"} {
		name := strings.ReplaceAll(strings.TrimPrefix(line, "/"), " ", "_") + ".json"
		t.Run(name, func(t *testing.T) {
			h := NewHandler(b, quiet())
			req := bot.Parse(line)
			opt := map[string]string{"brief": "topic", "who-said": "name", "timeline": "topic"}[req.Command]
			var i discordgo.Interaction
			if err := json.Unmarshal([]byte(command(req.Command, opt, req.Args)), &i); err != nil {
				t.Fatal(err)
			}
			if req.Args == "" {
				i.Data = discordgo.ApplicationCommandInteractionData{Name: req.Command}
			}
			raw, err := json.MarshalIndent(h.Respond(context.Background(), &i), "", "  ")
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
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// fakeREST speaks the Discord REST API for the calls briefbot makes and
// records them.
type fakeREST struct {
	mu        sync.Mutex
	calls     []string
	bodies    [][]byte
	script    []int // statuses for message posts
	callbacks int
}

func (f *fakeREST) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	body, _ := io.ReadAll(r.Body)
	f.calls = append(f.calls, r.Method+" "+r.URL.Path)
	f.bodies = append(f.bodies, body)
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.Header.Get("Authorization") != "Bot test-token" && !strings.Contains(r.URL.Path, "/interactions/"):
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte(`{"message": "401: Unauthorized", "code": 0}`))
	case strings.HasPrefix(r.URL.Path, "/api/v9/interactions/") && strings.HasSuffix(r.URL.Path, "/callback"):
		f.callbacks++
		w.WriteHeader(http.StatusNoContent)
	case strings.HasPrefix(r.URL.Path, "/api/v9/channels/") && strings.HasSuffix(r.URL.Path, "/messages"):
		status := http.StatusOK
		if len(f.script) > 0 {
			status, f.script = f.script[0], f.script[1:]
		}
		switch status {
		case http.StatusTooManyRequests:
			w.Header().Set("Retry-After", "0.05")
			w.WriteHeader(status)
			_, _ = w.Write([]byte(`{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}`))
		case http.StatusNotFound:
			w.WriteHeader(status)
			_, _ = w.Write([]byte(`{"message": "Unknown Channel", "code": 10003}`))
		default:
			ch := strings.Split(r.URL.Path, "/")[4]
			fmt.Fprintf(w, `{"id":"1100000000000000%d","channel_id":%q,"content":"","embeds":[]}`, len(f.calls), ch)
		}
	case strings.HasPrefix(r.URL.Path, "/api/v9/applications/"):
		_, _ = w.Write([]byte(`[]`))
	default:
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"message": "404: Not Found", "code": 0}`))
	}
}

func testSession(t *testing.T, f *fakeREST) *discordgo.Session {
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	s, err := NewSession("test-token", srv.URL+"/api/", srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestGatewayInteractionCallback(t *testing.T) {
	f := &fakeREST{}
	s := testSession(t, f)
	var i discordgo.Interaction
	if err := json.Unmarshal([]byte(command("who-said", "name", "peskov")), &i); err != nil {
		t.Fatal(err)
	}
	NewHandler(seedBot(t), quiet()).OnInteraction(context.Background(), s, &i)
	if f.callbacks != 1 || !strings.Contains(f.calls[0], "/api/v9/interactions/11/tok/callback") {
		t.Fatalf("calls %v", f.calls)
	}
	var resp response
	if err := json.Unmarshal(f.bodies[0], &resp); err != nil || resp.Type != 4 || !bytes.Contains(f.bodies[0], []byte("Dmitry Peskov")) {
		t.Errorf("callback body %s (%v)", f.bodies[0], err)
	}
}

func TestRegisterCommands(t *testing.T) {
	f := &fakeREST{}
	s := testSession(t, f)
	if err := Register(context.Background(), s, "app1", "guild1"); err != nil {
		t.Fatal(err)
	}
	if len(f.calls) != 1 || f.calls[0] != "PUT /api/v9/applications/app1/guilds/guild1/commands" {
		t.Fatalf("calls %v", f.calls)
	}
	var cmds []discordgo.ApplicationCommand
	if err := json.Unmarshal(f.bodies[0], &cmds); err != nil || len(cmds) != 4 {
		t.Fatalf("registered %s", f.bodies[0])
	}
	for _, c := range cmds {
		if c.Name == "who-said" && (len(c.Options) != 1 || !c.Options[0].Required || !c.Options[0].Autocomplete) {
			t.Errorf("who-said option: %+v", c.Options)
		}
	}
}

func TestPosterWaitsOutRateLimitOnce(t *testing.T) {
	f := &fakeREST{script: []int{http.StatusTooManyRequests, http.StatusOK}}
	p := NewPoster(testSession(t, f), quiet())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	id, err := p.Post(ctx, "456", seedBot(t).HandleLine(ctx, "/brief"))
	if err != nil || id == "" {
		t.Fatalf("post: %v", err)
	}
	posts := 0
	for _, c := range f.calls {
		if c == "POST /api/v9/channels/456/messages" {
			posts++
		}
	}
	if posts != 2 || !bytes.Contains(f.bodies[len(f.bodies)-1], []byte(`"embeds"`)) {
		t.Errorf("calls %v", f.calls)
	}
}

func TestPosterPermanentError(t *testing.T) {
	f := &fakeREST{script: []int{http.StatusNotFound}}
	p := NewPoster(testSession(t, f), quiet())
	_, err := p.Post(context.Background(), "999", bot.Reply{Title: "t"})
	if err == nil || !strings.Contains(err.Error(), bot.ErrPermanent.Error()) {
		t.Errorf("err = %v, want permanent", err)
	}
	if strings.Contains(err.Error(), "test-token") {
		t.Errorf("token in error: %v", err)
	}
}

func TestSourceTextLinksTitle(t *testing.T) {
	tests := []struct {
		name string
		src  bot.Source
		want string
	}{
		{"file", bot.Source{Title: "A_B", Outlet: "AP", Date: "8 Nov 2017"}, "*A\\_B* — AP, 8 Nov 2017"},
		{"url", bot.Source{Title: "Talks [live]", URL: "https://example.com/a_(b)", Outlet: "AP"}, "[Talks (live)](https://example.com/a_%28b%29) — AP"},
	}
	for _, tt := range tests {
		if got := sourceText(tt.src); got != tt.want {
			t.Errorf("%s: sourceText = %q, want %q", tt.name, got, tt.want)
		}
	}
}
