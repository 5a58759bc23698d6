// Package config builds briefbot's one typed configuration from, in rising
// precedence, defaults, an optional TOML file, the environment and flags,
// and validates it with messages that name the bad setting.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Config is every setting of briefbot.
type Config struct {
	// Seeds is a folder of articles replacing the shipped ones; empty means
	// the embedded seeds.
	Seeds    string
	Addr     string
	LogLevel slog.Level

	Slack   Slack
	Discord Discord
	Daily   Daily
	// StateDir holds the daily ledger and the article store.
	StateDir string
	// Feeds are the RSS, Atom or JSON feeds ingest and serve read.
	Feeds []string
	// FeedsInterval is how often serve reads the feeds.
	FeedsInterval time.Duration
	// FeedsKeep is how long an article read from a feed stays in the store
	// and so in the briefing, from its publication date (else from when it
	// was stored); zero keeps every article.
	FeedsKeep time.Duration
}

// MinFeedsInterval keeps serve from polling a feed more than once a minute.
const MinFeedsInterval = time.Minute

// MinFeedsKeep is the shortest feeds_keep: articles are dated by the day,
// and a window shorter than that (a typo of "30m" for "30d") would empty
// the store.
const MinFeedsKeep = 24 * time.Hour

// Slack holds the Slack settings.
type Slack struct {
	SigningSecret string
	BotToken      string
	AppToken      string
	APIURL        string
	// Ephemeral makes answers visible to the asker only.
	Ephemeral bool
	// Commands maps briefbot's command names to the slash commands a
	// workspace registered, e.g. brief -> /news-brief.
	Commands map[string]string
}

// Discord holds the Discord settings.
type Discord struct {
	BotToken  string
	AppID     string
	PublicKey string
	GuildID   string
	APIURL    string
}

// Daily holds the scheduled briefing's settings.
type Daily struct {
	Schedule        string
	Timezone        string
	SlackChannels   []string
	DiscordChannels []string
	SkipEmpty       bool
	// Grace is how late after the scheduled minute a missed post is still
	// made on start, within the same local day.
	Grace time.Duration
}

// Defaults returns the configuration before any source is read.
func Defaults() Config {
	return Config{
		Addr:     ":8080",
		LogLevel: slog.LevelInfo,
		Slack:    Slack{APIURL: "https://slack.com/api/"},
		Daily:    Daily{Schedule: "0 8 * * *", Timezone: "UTC", SkipEmpty: true, Grace: 12 * time.Hour},
		// Feeds change every few minutes at most; a quarter-hour is
		// fresh enough for a briefing and polite to the sites.
		FeedsInterval: 15 * time.Minute,
		// A month of news: a briefing over every article ever read grows
		// without end, in memory and in the time each reload takes.
		FeedsKeep: 30 * 24 * time.Hour,
	}
}

// setting is one configuration key as it appears in each source.
type setting struct {
	key    string // file key, dotted: "slack.bot_token"
	env    string
	secret bool
	help   string
	set    func(c *Config, v string) error
}

func str(p func(c *Config) *string) func(*Config, string) error {
	return func(c *Config, v string) error { *p(c) = strings.TrimSpace(v); return nil }
}

func list(p func(c *Config) *[]string) func(*Config, string) error {
	return func(c *Config, v string) error {
		var out []string
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		*p(c) = out
		return nil
	}
}

func duration(p func(c *Config) *time.Duration) func(*Config, string) error {
	return func(c *Config, v string) error {
		d, err := parseDuration(strings.TrimSpace(v))
		if err != nil {
			return fmt.Errorf("want a duration such as 6h or 30d, got %q", v)
		}
		*p(c) = d
		return nil
	}
}

// maxDays bounds a duration's days, well inside time.Duration's range.
const maxDays = 100_000

// parseDuration is time.ParseDuration that also takes whole days first,
// "30d" or "1d12h": how long articles are kept is said in days.
func parseDuration(v string) (time.Duration, error) {
	days, rest, ok := strings.Cut(v, "d")
	if !ok {
		return time.ParseDuration(v)
	}
	n, err := strconv.ParseUint(days, 10, 32)
	if err != nil || n > maxDays {
		return 0, fmt.Errorf("days %q", days)
	}
	d := time.Duration(n) * 24 * time.Hour
	if rest != "" {
		r, err := time.ParseDuration(rest)
		if err != nil || r < 0 {
			return 0, fmt.Errorf("after the days %q", rest)
		}
		d += r
	}
	return d, nil
}

func boolean(p func(c *Config) *bool) func(*Config, string) error {
	return func(c *Config, v string) error {
		b, err := strconv.ParseBool(strings.TrimSpace(v))
		if err != nil {
			return fmt.Errorf("want true or false, got %q", v)
		}
		*p(c) = b
		return nil
	}
}

// Settings lists every setting, for help text and the README.
var settings = []setting{
	{key: "seeds", env: "BRIEFBOT_SEEDS", help: "folder of articles, *.txt files and saved web pages (default: the shipped articles)", set: str(func(c *Config) *string { return &c.Seeds })},
	{key: "addr", env: "BRIEFBOT_ADDR", help: "HTTP listen address of serve", set: str(func(c *Config) *string { return &c.Addr })},
	{key: "log_level", env: "BRIEFBOT_LOG_LEVEL", help: "debug, info, warn or error", set: func(c *Config, v string) error {
		return c.LogLevel.UnmarshalText([]byte(strings.TrimSpace(v)))
	}},
	{key: "slack.signing_secret", env: "BRIEFBOT_SLACK_SIGNING_SECRET", secret: true, help: "verifies Slack's requests", set: str(func(c *Config) *string { return &c.Slack.SigningSecret })},
	{key: "slack.bot_token", env: "BRIEFBOT_SLACK_BOT_TOKEN", secret: true, help: "xoxb- token for posting", set: str(func(c *Config) *string { return &c.Slack.BotToken })},
	{key: "slack.app_token", env: "BRIEFBOT_SLACK_APP_TOKEN", secret: true, help: "xapp- token for Socket Mode", set: str(func(c *Config) *string { return &c.Slack.AppToken })},
	{key: "slack.api_url", env: "BRIEFBOT_SLACK_API_URL", help: "Slack Web API base URL", set: str(func(c *Config) *string { return &c.Slack.APIURL })},
	{key: "slack.ephemeral", env: "BRIEFBOT_SLACK_EPHEMERAL", help: "answer to the asker only", set: boolean(func(c *Config) *bool { return &c.Slack.Ephemeral })},
	{key: "slack.commands", env: "BRIEFBOT_SLACK_COMMANDS", help: "renamed slash commands, e.g. brief=/news-brief,who-said=/quote", set: func(c *Config, v string) error {
		m := map[string]string{}
		for _, pair := range strings.Split(v, ",") {
			if strings.TrimSpace(pair) == "" {
				continue
			}
			k, val, ok := strings.Cut(pair, "=")
			if !ok {
				return fmt.Errorf("want name=/command pairs, got %q", pair)
			}
			m[strings.TrimSpace(k)] = "/" + strings.TrimPrefix(strings.TrimSpace(val), "/")
		}
		c.Slack.Commands = m
		return nil
	}},
	{key: "discord.bot_token", env: "BRIEFBOT_DISCORD_BOT_TOKEN", secret: true, help: "bot token for the gateway and posting", set: str(func(c *Config) *string { return &c.Discord.BotToken })},
	{key: "discord.app_id", env: "BRIEFBOT_DISCORD_APP_ID", help: "application ID", set: str(func(c *Config) *string { return &c.Discord.AppID })},
	{key: "discord.public_key", env: "BRIEFBOT_DISCORD_PUBLIC_KEY", help: "hex Ed25519 key verifying interactions", set: str(func(c *Config) *string { return &c.Discord.PublicKey })},
	{key: "discord.guild_id", env: "BRIEFBOT_DISCORD_GUILD_ID", help: "register commands in one guild", set: str(func(c *Config) *string { return &c.Discord.GuildID })},
	{key: "discord.api_url", env: "BRIEFBOT_DISCORD_API_URL", help: "Discord REST base URL", set: str(func(c *Config) *string { return &c.Discord.APIURL })},
	{key: "daily.schedule", env: "BRIEFBOT_DAILY_SCHEDULE", help: "cron expression of the daily post", set: str(func(c *Config) *string { return &c.Daily.Schedule })},
	{key: "daily.timezone", env: "BRIEFBOT_TIMEZONE", help: "IANA time zone of the schedule", set: str(func(c *Config) *string { return &c.Daily.Timezone })},
	{key: "daily.slack_channels", env: "BRIEFBOT_DAILY_SLACK_CHANNELS", help: "Slack channel IDs, comma-separated", set: list(func(c *Config) *[]string { return &c.Daily.SlackChannels })},
	{key: "daily.discord_channels", env: "BRIEFBOT_DAILY_DISCORD_CHANNELS", help: "Discord channel IDs, comma-separated", set: list(func(c *Config) *[]string { return &c.Daily.DiscordChannels })},
	{key: "daily.skip_empty", env: "BRIEFBOT_DAILY_SKIP_EMPTY", help: "skip the post when nothing is new", set: boolean(func(c *Config) *bool { return &c.Daily.SkipEmpty })},
	{key: "daily.grace", env: "BRIEFBOT_DAILY_GRACE", help: "how late a missed post is still made, e.g. 6h", set: duration(func(c *Config) *time.Duration { return &c.Daily.Grace })},
	{key: "state_dir", env: "BRIEFBOT_STATE_DIR", help: "folder of the daily ledger and the article store (default $XDG_STATE_HOME/briefbot)", set: str(func(c *Config) *string { return &c.StateDir })},
	{key: "feeds", env: "BRIEFBOT_FEEDS", help: "RSS, Atom or JSON feed URLs, comma-separated", set: list(func(c *Config) *[]string { return &c.Feeds })},
	{key: "feeds_interval", env: "BRIEFBOT_FEEDS_INTERVAL", help: "how often serve reads the feeds, e.g. 15m", set: duration(func(c *Config) *time.Duration { return &c.FeedsInterval })},
	{key: "feeds_keep", env: "BRIEFBOT_FEEDS_KEEP", help: "how long articles read from feeds are kept, from their date, e.g. 30d; 0 keeps all", set: duration(func(c *Config) *time.Duration { return &c.FeedsKeep })},
}

// Setting describes one setting for help text.
type Setting struct {
	Key, Env, Help string
	Secret         bool
}

// Settings returns every setting in order.
func Settings() []Setting {
	out := make([]Setting, len(settings))
	for i, s := range settings {
		out[i] = Setting{Key: s.key, Env: s.env, Help: s.help, Secret: s.secret}
	}
	return out
}

// Sources are where a configuration is read from.
type Sources struct {
	// File is an optional TOML file; empty for none.
	File string
	// Getenv reads the environment; nil for none.
	Getenv func(string) string
	// Flags are settings given on the command line, by file key.
	Flags map[string]string
}

// Load reads the sources in order of precedence (file, environment, flags,
// each overriding the one before) and validates the result.
func Load(src Sources) (Config, error) {
	c := Defaults()
	if src.File != "" {
		if err := c.loadFile(src.File); err != nil {
			return Config{}, err
		}
	}
	if src.Getenv != nil {
		for _, s := range settings {
			if v := src.Getenv(s.env); v != "" {
				if err := s.set(&c, v); err != nil {
					return Config{}, fmt.Errorf("environment %s: %w", s.env, err)
				}
			}
		}
	}
	keys := make([]string, 0, len(src.Flags))
	for k := range src.Flags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s, ok := lookup(k)
		if !ok {
			return Config{}, fmt.Errorf("flag for unknown setting %q", k)
		}
		if err := s.set(&c, src.Flags[k]); err != nil {
			return Config{}, fmt.Errorf("flag --%s: %w", strings.ReplaceAll(k, "_", "-"), err)
		}
	}
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

func lookup(key string) (setting, bool) {
	for _, s := range settings {
		if s.key == key {
			return s, true
		}
	}
	return setting{}, false
}

func (c *Config) loadFile(path string) error {
	var raw map[string]any
	if _, err := toml.DecodeFile(path, &raw); err != nil {
		return fmt.Errorf("config file %s: %w", path, err)
	}
	flat := map[string]any{}
	flatten("", raw, flat)
	keys := make([]string, 0, len(flat))
	for k := range flat {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s, ok := lookup(k)
		if !ok {
			return fmt.Errorf("config file %s: unknown setting %q", path, k)
		}
		v, err := asString(flat[k])
		if err != nil {
			return fmt.Errorf("config file %s: %s: %w", path, k, err)
		}
		if err := s.set(c, v); err != nil {
			return fmt.Errorf("config file %s: %s: %w", path, k, err)
		}
	}
	return nil
}

func flatten(prefix string, m map[string]any, out map[string]any) {
	for k, v := range m {
		key := k
		if prefix != "" {
			key = prefix + "." + k
		}
		if sub, ok := v.(map[string]any); ok && key != "slack.commands" {
			flatten(key, sub, out)
			continue
		}
		out[key] = v
	}
}

func asString(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case bool:
		return strconv.FormatBool(x), nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case []any:
		var parts []string
		for _, e := range x {
			s, err := asString(e)
			if err != nil {
				return "", err
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, ","), nil
	case map[string]any:
		var parts []string
		for k, e := range x {
			s, err := asString(e)
			if err != nil {
				return "", err
			}
			parts = append(parts, k+"="+s)
		}
		sort.Strings(parts)
		return strings.Join(parts, ","), nil
	}
	return "", fmt.Errorf("unsupported value %v", v)
}

var hexKeyRe = regexp.MustCompile(`^[0-9a-fA-F]{64}$`)

// Validate checks every setting and names the first bad one.
func (c Config) Validate() error {
	var errs []error
	if c.Seeds != "" {
		if st, err := os.Stat(c.Seeds); err != nil {
			errs = append(errs, fmt.Errorf("seeds (BRIEFBOT_SEEDS): %w", err))
		} else if !st.IsDir() {
			errs = append(errs, fmt.Errorf("seeds (BRIEFBOT_SEEDS): %s is not a folder", c.Seeds))
		}
	}
	if c.Addr == "" {
		errs = append(errs, errors.New("addr (BRIEFBOT_ADDR): empty"))
	}
	for name, raw := range map[string]string{"slack.api_url (BRIEFBOT_SLACK_API_URL)": c.Slack.APIURL, "discord.api_url (BRIEFBOT_DISCORD_API_URL)": c.Discord.APIURL} {
		if raw == "" {
			continue
		}
		if u, err := url.Parse(raw); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("%s: want an http(s) URL, got %q", name, raw))
		}
	}
	if t := c.Slack.AppToken; t != "" && !strings.HasPrefix(t, "xapp-") {
		errs = append(errs, errors.New("slack.app_token (BRIEFBOT_SLACK_APP_TOKEN): want a token starting xapp-"))
	}
	if t := c.Slack.BotToken; t != "" && !strings.HasPrefix(t, "xox") {
		errs = append(errs, errors.New("slack.bot_token (BRIEFBOT_SLACK_BOT_TOKEN): want a token starting xoxb-"))
	}
	if k := c.Discord.PublicKey; k != "" && !hexKeyRe.MatchString(k) {
		errs = append(errs, errors.New("discord.public_key (BRIEFBOT_DISCORD_PUBLIC_KEY): want 64 hex characters"))
	}
	if c.Daily.Timezone != "" {
		if _, err := time.LoadLocation(c.Daily.Timezone); err != nil {
			errs = append(errs, fmt.Errorf("daily.timezone (BRIEFBOT_TIMEZONE): unknown time zone %q", c.Daily.Timezone))
		}
	}
	if f := strings.Fields(strings.TrimPrefix(c.Daily.Schedule, "CRON_TZ=")); c.Daily.Schedule == "" || len(f) < 5 {
		errs = append(errs, fmt.Errorf("daily.schedule (BRIEFBOT_DAILY_SCHEDULE): want a cron expression of five fields, got %q", c.Daily.Schedule))
	}
	for _, f := range c.Feeds {
		if u, err := url.Parse(f); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("feeds (BRIEFBOT_FEEDS): want http(s) URLs, got %q", f))
		}
	}
	if c.FeedsInterval < MinFeedsInterval {
		errs = append(errs, fmt.Errorf("feeds_interval (BRIEFBOT_FEEDS_INTERVAL): at least %s, got %s", MinFeedsInterval, c.FeedsInterval))
	}
	if c.FeedsKeep != 0 && c.FeedsKeep < MinFeedsKeep {
		errs = append(errs, fmt.Errorf("feeds_keep (BRIEFBOT_FEEDS_KEEP): 0 (keep all) or at least %s, got %s", "1d", c.FeedsKeep))
	}
	if c.Daily.Grace < 0 {
		errs = append(errs, errors.New("daily.grace (BRIEFBOT_DAILY_GRACE): negative"))
	}
	for name, cmd := range c.Slack.Commands {
		switch name {
		case "brief", "who-said", "timeline", "briefbot", "names", "quotes", "help":
		default:
			errs = append(errs, fmt.Errorf("slack.commands (BRIEFBOT_SLACK_COMMANDS): unknown command %q", name))
		}
		if len(cmd) < 2 {
			errs = append(errs, fmt.Errorf("slack.commands (BRIEFBOT_SLACK_COMMANDS): empty command for %q", name))
		}
	}
	return errors.Join(errs...)
}

// LogValue keeps secrets out of logs: a configured secret shows as
// "[set]".
func (c Config) LogValue() slog.Value {
	redact := func(s string) string {
		if s == "" {
			return ""
		}
		return "[set]"
	}
	return slog.GroupValue(
		slog.String("seeds", c.Seeds),
		slog.String("addr", c.Addr),
		slog.String("slack_signing_secret", redact(c.Slack.SigningSecret)),
		slog.String("slack_bot_token", redact(c.Slack.BotToken)),
		slog.String("slack_app_token", redact(c.Slack.AppToken)),
		slog.String("slack_api_url", c.Slack.APIURL),
		slog.String("discord_bot_token", redact(c.Discord.BotToken)),
		slog.String("discord_app_id", c.Discord.AppID),
		slog.String("discord_public_key", c.Discord.PublicKey),
		slog.String("discord_api_url", c.Discord.APIURL),
		slog.String("daily_schedule", c.Daily.Schedule),
		slog.String("timezone", c.Daily.Timezone),
		slog.String("state_dir", c.StateDir),
		slog.Any("feeds", c.Feeds),
		slog.Duration("feeds_interval", c.FeedsInterval),
		slog.Duration("feeds_keep", c.FeedsKeep),
	)
}
