package discord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

const (
	// MaxBodyBytes caps an interaction request.
	MaxBodyBytes = 1 << 20
	// MaxTimestampAge refuses replayed interactions: discordgo checks the
	// signature but not the age.
	MaxTimestampAge = 5 * time.Minute
)

// Answerer is what the Discord adapter needs of the bot; *bot.Bot is one.
type Answerer interface {
	Handle(ctx context.Context, req bot.Request) bot.Reply
	Suggest(prefix string, n int) []string
}

var _ Answerer = (*bot.Bot)(nil)

// Commands returns the application commands briefbot registers.
func Commands() []*discordgo.ApplicationCommand {
	topic := func(desc string) []*discordgo.ApplicationCommandOption {
		return []*discordgo.ApplicationCommandOption{{Type: discordgo.ApplicationCommandOptionString, Name: "topic", Description: desc, Required: false, Autocomplete: true}}
	}
	return []*discordgo.ApplicationCommand{
		{Name: "brief", Description: "The briefing of the articles: stories, key quotes, sources", Options: topic("A person or a word to narrow the brief")},
		{Name: "who-said", Description: "Every quote of one person, across all articles", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "name", Description: "The person (spelling is forgiven)", Required: true, Autocomplete: true},
		}},
		{Name: "timeline", Description: "What happened when, oldest first", Options: topic("A person or a word to narrow the timeline")},
		{Name: "help", Description: "What briefbot can do"},
	}
}

// Handler answers interactions, from the gateway or the HTTP endpoint alike.
type Handler struct {
	answer Answerer
	log    *slog.Logger
}

// NewHandler returns a handler answering with a.
func NewHandler(a Answerer, log *slog.Logger) *Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Handler{answer: a, log: log}
}

// request turns an application command into a bot request.
func request(data discordgo.ApplicationCommandInteractionData) bot.Request {
	var args []string
	for _, o := range data.Options {
		if o.Type == discordgo.ApplicationCommandOptionString {
			args = append(args, o.StringValue())
		}
	}
	return bot.Request{Command: data.Name, Args: strings.Join(strings.Fields(strings.Join(args, " ")), " ")}
}

// Respond computes the response to one interaction: a pong, a message
// with embeds, or autocomplete choices.
func (h *Handler) Respond(ctx context.Context, i *discordgo.Interaction) *discordgo.InteractionResponse {
	switch i.Type {
	case discordgo.InteractionPing:
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}
	case discordgo.InteractionApplicationCommandAutocomplete:
		data := i.ApplicationCommandData()
		typed := ""
		for _, o := range data.Options {
			if o.Focused {
				typed = o.StringValue()
			}
		}
		return &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: Choices(h.answer.Suggest(typed, MaxChoices))},
		}
	case discordgo.InteractionApplicationCommand:
		req := request(i.ApplicationCommandData())
		h.log.Info("discord command", "command", req.Command, "guild", i.GuildID, "channel", i.ChannelID)
		m := Render(h.answer.Handle(ctx, req))
		if m.Truncated() {
			h.log.Info("discord reply truncated", "command", req.Command, "shown", m.Shown, "total", m.Total)
		}
		return &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Embeds: m.Embeds, Flags: m.Flags()},
		}
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: "briefbot does not handle this kind of interaction.", Flags: discordgo.MessageFlagsEphemeral},
	}
}

// Endpoint serves Discord's HTTP interactions endpoint.
type Endpoint struct {
	h   *Handler
	key ed25519.PublicKey
	now func() time.Time
}

var _ http.Handler = (*Endpoint)(nil)

// NewEndpoint returns the interactions endpoint for an application's hex
// public key.
func NewEndpoint(h *Handler, publicKeyHex string) (*Endpoint, error) {
	key, err := hex.DecodeString(publicKeyHex)
	if err != nil || len(key) != ed25519.PublicKeySize {
		return nil, errors.New("discord public key: want 64 hex characters")
	}
	return &Endpoint{h: h, key: ed25519.PublicKey(key), now: time.Now}, nil
}

// ServeHTTP verifies and answers one interaction.
func (e *Endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
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
	r.Body = io.NopCloser(bytes.NewReader(body))
	if err := e.fresh(r.Header.Get("X-Signature-Timestamp")); err != nil || !discordgo.VerifyInteraction(r, e.key) {
		e.h.log.Warn("discord request refused", "stale", err, "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "not an interaction", http.StatusBadRequest)
		return
	}
	resp := e.h.Respond(r.Context(), &i)
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(resp); err != nil {
		e.h.log.Error("write discord response", "err", err)
	}
}

// fresh refuses a timestamp older (or newer) than MaxTimestampAge.
func (e *Endpoint) fresh(stamp string) error {
	sec, err := strconv.ParseInt(stamp, 10, 64)
	if err != nil {
		return fmt.Errorf("bad timestamp %q", stamp)
	}
	if d := e.now().Sub(time.Unix(sec, 0)).Abs(); d > MaxTimestampAge {
		return fmt.Errorf("timestamp %s old", d.Round(time.Second))
	}
	return nil
}
