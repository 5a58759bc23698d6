package bot

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func seedBot(t testing.TB) *Bot {
	t.Helper()
	arts, err := briefing.Load(seeds.FS, ".", slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return New(briefing.New(arts))
}

func TestParse(t *testing.T) {
	tests := []struct {
		line string
		want Request
	}{
		{"/who-said peskov", Request{Command: "who-said", Args: "peskov"}},
		{"who-said   Dmitry   Peskov ", Request{Command: "who-said", Args: "Dmitry Peskov"}},
		{"/timeline putin", Request{Command: "timeline", Args: "putin"}},
		{"/brief", Request{Command: "brief", Args: ""}},
		{"/help", Request{Command: "help", Args: ""}},
		{"/BRIEF Vietnam", Request{Command: "brief", Args: "Vietnam"}},
		{"/briefbot who-said lavrov", Request{Command: "who-said", Args: "lavrov"}},
		{"/briefbot /timeline", Request{Command: "timeline", Args: ""}},
		{"/briefbot", Request{Command: "help", Args: ""}},
		{"", Request{Command: "", Args: ""}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Parse(tt.line)); diff != "" {
			t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.line, diff)
		}
	}
}

func TestHandleKinds(t *testing.T) {
	b := seedBot(t)
	ctx := context.Background()
	tests := []struct {
		line     string
		kind     Kind
		contains string
	}{
		{"/brief", Answer, "Vietnam"},
		{"/brief bolton", Answer, "Bolton"},
		{"/brief volcano", NotFound, "volcano"},
		{"/who-said peskov", Answer, "Dmitry Peskov"},
		{"/who-said pskv", Answer, "Dmitry Peskov"},
		{"/who-said peskof", Answer, "quite high"},
		{"/who-said", Usage, "Usage: /who-said"},
		{"/who-said zzzzzz", NotFound, "Nobody called"},
		{"/who-said tillerson", Answer, "not quoted"},
		{"/timeline", Answer, "Hamburg"},
		{"/timeline putin", Answer, "Putin"},
		{"/names", Answer, "Yuri Ushakov"},
		{"/quotes", Answer, "highly probable"},
		{"/help", Answer, "/who-said <name>"},
		{"/frobnicate", Usage, "Unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			r := b.HandleLine(ctx, tt.line)
			text := RenderText(r, 100)
			if r.Kind != tt.kind || !strings.Contains(text, tt.contains) {
				t.Errorf("%s: kind %s, want %s; text lacks %q?\n%s", tt.line, r.Kind, tt.kind, tt.contains, text)
			}
			if r.Kind.Private() != (tt.kind != Answer) {
				t.Errorf("%s: private = %v", tt.line, r.Kind.Private())
			}
		})
	}
}

func TestHelpListsEveryCommand(t *testing.T) {
	b := seedBot(t)
	text := RenderText(b.HandleLine(context.Background(), "/help"), 200)
	for _, c := range b.Commands() {
		if !strings.Contains(text, "/"+c.Name) {
			t.Errorf("help lacks /%s:\n%s", c.Name, text)
		}
	}
}

func TestCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if r := seedBot(t).HandleLine(ctx, "/brief"); r.Kind != Failure {
		t.Errorf("kind = %s, want error", r.Kind)
	}
}

func TestWrapKeepsWords(t *testing.T) {
	got := Wrap("aaa bbb ccc ddd", 7, "", "")
	if got != "aaa bbb\nccc ddd" {
		t.Errorf("wrap = %q", got)
	}
}

// TestRenderTextGolden pins the terminal rendering of each command on the
// shipped articles. Run with -update to rewrite testdata/.
func TestRenderTextGolden(t *testing.T) {
	b := seedBot(t)
	for _, line := range []string{"/brief", "/who-said peskov", "/timeline", "/names"} {
		name := strings.ReplaceAll(strings.TrimPrefix(line, "/"), " ", "_") + ".txt"
		t.Run(name, func(t *testing.T) {
			got := RenderText(b.HandleLine(context.Background(), line), 80)
			path := filepath.Join("testdata", name)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", line, diff)
			}
		})
	}
}

func TestSourceLabel(t *testing.T) {
	tests := []struct {
		src  Source
		want string
	}{
		{Source{Doc: "a.txt"}, "a.txt"},
		{Source{Title: "Floods", Outlet: "Agency", Date: "20 Nov 2026"}, "Floods — Agency, 20 Nov 2026"},
		{Source{Title: "Floods", Outlet: "Agency", AlsoIn: []string{"Daily Paper", "Evening Post"}}, "Floods — Agency (also in Daily Paper, Evening Post)"},
	}
	for _, tt := range tests {
		if got := tt.src.Label(); got != tt.want {
			t.Errorf("Label() = %q, want %q", got, tt.want)
		}
	}
}

// TestWhoSaidSharedName: a name two quoted people share is answered for
// the channel with each one's quotes under their name.
func TestWhoSaidSharedName(t *testing.T) {
	files := fstest.MapFS{
		"a.txt": {Data: []byte("School and hospital full\n\nMr John Smith, a teacher, said: \"The school is full.\"\n\nMrs Jane Smith, a nurse, said: \"The hospital is full.\"\n")},
	}
	arts, err := briefing.Load(files, ".", slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	r := New(briefing.New(arts)).HandleLine(context.Background(), "/who-said smith")
	type section struct{ Heading, Quote string }
	var got []section
	for _, s := range r.Sections {
		for _, q := range s.Quotes {
			got = append(got, section{s.Heading, q.Text})
		}
	}
	want := []section{{"John Smith", "The school is full."}, {"Jane Smith", "The hospital is full."}}
	if r.Kind != Answer || !strings.Contains(r.Text, "John Smith or Jane Smith") {
		t.Errorf("kind %s, text %q; want an answer naming both", r.Kind, r.Text)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
}
