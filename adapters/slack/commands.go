package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

const (
	// MaxBodyBytes caps a slash command request; Slack's are a few hundred
	// bytes.
	MaxBodyBytes = 1 << 20
	// ReplyDeadline is how long a reply may take before it is acknowledged
	// at once and delivered through response_url: Slack waits 3 seconds.
	ReplyDeadline = 2500 * time.Millisecond
	// ResponseURLLifetime is how long Slack accepts posts to a
	// response_url.
	ResponseURLLifetime = 30 * time.Minute
)

// Answerer answers a platform-neutral request; *bot.Bot is one.
type Answerer interface {
	Handle(ctx context.Context, req bot.Request) bot.Reply
}

var _ Answerer = (*bot.Bot)(nil)

// Options configure the slash command handler.
type Options struct {
	// SigningSecret verifies that requests come from Slack.
	SigningSecret string
	// Commands maps briefbot command names (brief, who-said, timeline,
	// briefbot) to the slash commands the workspace registered.
	Commands map[string]string
	// Ephemeral answers to the asker only.
	Ephemeral bool
	// HTTPClient posts delayed replies to response_url.
	HTTPClient *http.Client
	// Deadline overrides ReplyDeadline (tests).
	Deadline time.Duration
	Log      *slog.Logger
}

// CommandHandler serves Slack's slash command requests.
type CommandHandler struct {
	answer    Answerer
	secret    string
	names     map[string]string // slash command -> bot command, "" for the umbrella
	inChannel bool
	client    *http.Client
	deadline  time.Duration
	log       *slog.Logger
	pending   sync.WaitGroup
}

var _ http.Handler = (*CommandHandler)(nil)

// DefaultCommands are the slash commands briefbot registers.
var DefaultCommands = map[string]string{"brief": "/brief", "who-said": "/who-said", "timeline": "/timeline", "briefbot": "/briefbot"}

// NewCommandHandler returns a handler answering slash commands with a.
func NewCommandHandler(a Answerer, o Options) *CommandHandler {
	h := &CommandHandler{answer: a, secret: o.SigningSecret, inChannel: !o.Ephemeral, client: o.HTTPClient, deadline: o.Deadline, log: o.Log}
	if h.client == nil {
		h.client = &http.Client{Timeout: 10 * time.Second}
	}
	if h.deadline == 0 {
		h.deadline = ReplyDeadline
	}
	if h.log == nil {
		h.log = slog.New(slog.DiscardHandler)
	}
	h.names = commandNames(o.Commands)
	return h
}

// commandNames maps each registered slash command to the bot command it
// runs; the umbrella maps to "".
func commandNames(custom map[string]string) map[string]string {
	names := map[string]string{}
	for name, slash := range DefaultCommands {
		if c, ok := custom[name]; ok {
			slash = c
		}
		if name == "briefbot" {
			name = ""
		}
		names[strings.ToLower(slash)] = name
	}
	return names
}

// request turns a slash command into a bot request.
func (h *CommandHandler) request(cmd slack.SlashCommand) bot.Request {
	name, ok := h.names[strings.ToLower(cmd.Command)]
	if !ok {
		// An unknown slash command still reaches the bot, which answers
		// with usage.
		name = strings.TrimPrefix(cmd.Command, "/")
	}
	if name == "" {
		return bot.Parse("/briefbot " + cmd.Text)
	}
	return bot.Request{Command: name, Args: strings.Join(strings.Fields(cmd.Text), " ")}
}

// ServeHTTP verifies, parses and answers one slash command.
func (h *CommandHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read request", http.StatusBadRequest)
		return
	}
	// Verify before anything else reads the body.
	if err := verify(r.Header, body, h.secret); err != nil {
		h.log.Warn("slack request refused", "reason", err, "remote", r.RemoteAddr)
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	cmd, err := slack.SlashCommandParse(r)
	if err != nil || cmd.Command == "" {
		http.Error(w, "not a slash command", http.StatusBadRequest)
		return
	}
	req := h.request(cmd)
	h.log.Info("slack command", "command", cmd.Command, "team", cmd.TeamID, "channel", cmd.ChannelID, "user", cmd.UserID, "bot_command", req.Command)

	// The answer may outlive this request when it is late, so it runs on a
	// context that the request's end does not cancel.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), ResponseURLLifetime)
	done := make(chan bot.Reply, 1)
	go func() { done <- h.answer.Handle(ctx, req) }()
	timer := time.NewTimer(h.deadline)
	defer timer.Stop()
	select {
	case reply := <-done:
		cancel()
		writeJSON(w, h.log, responseOf(Render(reply, h.inChannel)))
	case <-timer.C:
		// Acknowledge within Slack's deadline; deliver the answer later.
		writeJSON(w, h.log, response{ResponseType: slack.ResponseTypeEphemeral, Text: "Working on it…"})
		h.pending.Add(1)
		go func() {
			defer h.pending.Done()
			defer cancel()
			reply := <-done
			if err := h.deliver(ctx, cmd.ResponseURL, Render(reply, h.inChannel)); err != nil {
				h.log.Error("slack delayed reply failed", "command", cmd.Command, "err", err)
			}
		}()
	}
}

// Wait blocks until every delayed reply has been delivered or has failed;
// the server calls it on shutdown.
func (h *CommandHandler) Wait() { h.pending.Wait() }

// verify checks Slack's v0 signature over the raw body with slack-go's
// verifier, which also refuses timestamps more than five minutes old.
func verify(header http.Header, body []byte, secret string) error {
	sv, err := slack.NewSecretsVerifier(header, secret)
	if err != nil {
		return err
	}
	if _, err := sv.Write(body); err != nil {
		return err
	}
	return sv.Ensure()
}

// response is the JSON of a slash command reply, inline or to response_url.
type response struct {
	ResponseType    string       `json:"response_type"`
	Text            string       `json:"text"`
	Blocks          slack.Blocks `json:"blocks,omitzero"`
	ReplaceOriginal bool         `json:"replace_original,omitempty"`
}

func responseOf(m Message) response {
	return response{ResponseType: m.ResponseType, Text: m.Text, Blocks: slack.Blocks{BlockSet: m.Blocks}}
}

func writeJSON(w http.ResponseWriter, log *slog.Logger, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Error("write slack response", "err", err)
	}
}

// deliver posts a reply to a slash command's response_url.
func (h *CommandHandler) deliver(ctx context.Context, responseURL string, m Message) error {
	u, err := url.Parse(responseURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return errors.New("no usable response_url")
	}
	raw, err := json.Marshal(responseOf(m))
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(raw))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := h.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	if resp.StatusCode >= 300 {
		return errors.New("response_url answered " + resp.Status)
	}
	return nil
}
