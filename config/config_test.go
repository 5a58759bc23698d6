package config

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func writeFile(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "briefbot.toml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPrecedence(t *testing.T) {
	file := writeFile(t, `
addr = ":9000"
feeds = ["https://example.com/rss.xml", "https://example.org/atom.xml"]
feeds_interval = "30m"
feeds_keep = "14d"
[slack]
api_url = "http://file.example/api/"
ephemeral = true
[daily]
schedule = "0 7 * * *"
slack_channels = ["C1", "C2"]
grace = "3h"
`)
	env := map[string]string{"BRIEFBOT_ADDR": ":9100", "BRIEFBOT_DAILY_DISCORD_CHANNELS": "456, 789"}
	c, err := Load(Sources{File: file, Getenv: func(k string) string { return env[k] }, Flags: map[string]string{"addr": ":9200"}})
	if err != nil {
		t.Fatal(err)
	}
	if c.Addr != ":9200" {
		t.Errorf("addr = %q, want the flag's", c.Addr)
	}
	if c.Slack.APIURL != "http://file.example/api/" || !c.Slack.Ephemeral {
		t.Errorf("slack = %+v, want the file's", c.Slack)
	}
	if diff := cmp.Diff([]string{"C1", "C2"}, c.Daily.SlackChannels); diff != "" {
		t.Errorf("slack channels (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"456", "789"}, c.Daily.DiscordChannels); diff != "" {
		t.Errorf("discord channels (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"https://example.com/rss.xml", "https://example.org/atom.xml"}, c.Feeds); diff != "" || c.FeedsInterval != 30*time.Minute {
		t.Errorf("feeds %v every %s (-want +got):\n%s", c.Feeds, c.FeedsInterval, diff)
	}
	if c.FeedsKeep != 14*24*time.Hour {
		t.Errorf("feeds_keep = %s, want the file's 14 days", c.FeedsKeep)
	}
	if c.Daily.Schedule != "0 7 * * *" || c.Daily.Grace != 3*time.Hour || c.Daily.Timezone != "UTC" {
		t.Errorf("daily = %+v", c.Daily)
	}
}

func TestValidationNamesTheSetting(t *testing.T) {
	tests := []struct {
		env  map[string]string
		file string
		want string
	}{
		{env: map[string]string{"BRIEFBOT_TIMEZONE": "Mars/Olympus"}, want: "BRIEFBOT_TIMEZONE"},
		{env: map[string]string{"BRIEFBOT_SLACK_APP_TOKEN": "xoxb-wrong"}, want: "BRIEFBOT_SLACK_APP_TOKEN"},
		{env: map[string]string{"BRIEFBOT_SLACK_API_URL": "ftp://x"}, want: "BRIEFBOT_SLACK_API_URL"},
		{env: map[string]string{"BRIEFBOT_DISCORD_PUBLIC_KEY": "nothex"}, want: "BRIEFBOT_DISCORD_PUBLIC_KEY"},
		{env: map[string]string{"BRIEFBOT_DAILY_SCHEDULE": "every day"}, want: "BRIEFBOT_DAILY_SCHEDULE"},
		{env: map[string]string{"BRIEFBOT_DAILY_SKIP_EMPTY": "maybe"}, want: "BRIEFBOT_DAILY_SKIP_EMPTY"},
		{env: map[string]string{"BRIEFBOT_SEEDS": "/no/such/dir"}, want: "BRIEFBOT_SEEDS"},
		{env: map[string]string{"BRIEFBOT_SLACK_COMMANDS": "frob=/x"}, want: "unknown command"},
		{env: map[string]string{"BRIEFBOT_FEEDS": "https://example.com/rss, feeds.example.com/atom"}, want: "BRIEFBOT_FEEDS"},
		{env: map[string]string{"BRIEFBOT_FEEDS_INTERVAL": "10s"}, want: "BRIEFBOT_FEEDS_INTERVAL"},
		{env: map[string]string{"BRIEFBOT_FEEDS_INTERVAL": "often"}, want: "BRIEFBOT_FEEDS_INTERVAL"},
		{env: map[string]string{"BRIEFBOT_FEEDS_KEEP": "30m"}, want: "BRIEFBOT_FEEDS_KEEP"},
		{env: map[string]string{"BRIEFBOT_FEEDS_KEEP": "-2d"}, want: "BRIEFBOT_FEEDS_KEEP"},
		{env: map[string]string{"BRIEFBOT_FEEDS_KEEP": "a month"}, want: "BRIEFBOT_FEEDS_KEEP"},
		{file: "nonsense = 1\n", want: `unknown setting "nonsense"`},
		{file: "addr = \n", want: "briefbot.toml"},
	}
	for _, tt := range tests {
		src := Sources{Getenv: func(k string) string { return tt.env[k] }}
		if tt.file != "" {
			src.File = writeFile(t, tt.file)
		}
		_, err := Load(src)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v %q: err = %v, want it to name %s", tt.env, tt.file, err, tt.want)
		}
	}
}

func TestDurationsTakeDays(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"30d", 30 * 24 * time.Hour, true},
		{"1d12h", 36 * time.Hour, true},
		{"0d", 0, true},
		{"0", 0, true},
		{"15m", 15 * time.Minute, true},
		{"1.5d", 0, false}, // whole days only: "36h" says it
		{"d", 0, false},
		{"-1d", 0, false},
		{"1d-2h", 0, false},
		{"100001d", 0, false},
		{"2dd", 0, false},
	}
	for _, tt := range tests {
		got, err := parseDuration(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseDuration(%q) = %s, %v; want %s, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	c, err := Load(Sources{Getenv: func(string) string { return "" }})
	if err != nil || c.FeedsKeep != 30*24*time.Hour {
		t.Errorf("default feeds_keep = %s, %v; want 30 days", c.FeedsKeep, err)
	}
	c, err = Load(Sources{Getenv: func(k string) string { return map[string]string{"BRIEFBOT_FEEDS_KEEP": "0"}[k] }})
	if err != nil || c.FeedsKeep != 0 {
		t.Errorf("feeds_keep 0 = %s, %v; want 0, keeping every article", c.FeedsKeep, err)
	}
}

func TestMissingFileIsAnError(t *testing.T) {
	if _, err := Load(Sources{File: filepath.Join(t.TempDir(), "none.toml")}); err == nil {
		t.Error("want an error for a missing config file")
	}
}

func TestSecretsNeverLogged(t *testing.T) {
	env := map[string]string{
		"BRIEFBOT_SLACK_SIGNING_SECRET": "s3cr3t-signing",
		"BRIEFBOT_SLACK_BOT_TOKEN":      "xoxb-s3cr3t",
		"BRIEFBOT_DISCORD_BOT_TOKEN":    "discord-s3cr3t",
	}
	c, err := Load(Sources{Getenv: func(k string) string { return env[k] }})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("config", "config", c)
	if strings.Contains(buf.String(), "s3cr3t") {
		t.Errorf("secret in log: %s", buf.String())
	}
	if !strings.Contains(buf.String(), "[set]") {
		t.Errorf("want secrets shown as [set]: %s", buf.String())
	}
}
