package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// rebase sends discordgo's REST calls to another base URL: a proxy or a
// test server. It rewrites requests in the session's transport, so the
// process-wide endpoint variables stay untouched.
type rebase struct {
	base *url.URL
	next http.RoundTripper
}

// discordAPI is the prefix rebase replaces.
const discordAPI = "https://discord.com/api/"

func (t rebase) RoundTrip(r *http.Request) (*http.Response, error) {
	if u := r.URL.String(); strings.HasPrefix(u, discordAPI) {
		nu, err := url.Parse(strings.TrimSuffix(t.base.String(), "/") + "/" + strings.TrimPrefix(u, discordAPI))
		if err != nil {
			return nil, err
		}
		r = r.Clone(r.Context())
		r.URL = nu
		r.Host = nu.Host
	}
	return t.next.RoundTrip(r)
}

// HTTPClient returns the client a session uses: requests to Discord's REST
// API go to apiURL when it is set (it stands for https://discord.com/api/).
func HTTPClient(apiURL string, base *http.Client) (*http.Client, error) {
	if base == nil {
		base = &http.Client{}
	}
	c := *base
	if apiURL == "" {
		return &c, nil
	}
	u, err := url.Parse(apiURL)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("discord api url %q: not a URL", apiURL)
	}
	next := c.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	c.Transport = rebase{base: u, next: next}
	return &c, nil
}

// NewSession returns a discordgo session for a bot token whose REST calls
// go to apiURL when set.
func NewSession(token, apiURL string, client *http.Client) (*discordgo.Session, error) {
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	hc, err := HTTPClient(apiURL, client)
	if err != nil {
		return nil, err
	}
	s.Client = hc
	s.Identify.Intents = discordgo.IntentsGuilds
	return s, nil
}

// Register overwrites the application's commands: in one guild when
// guildID is set (instant), else globally.
func Register(ctx context.Context, s *discordgo.Session, appID, guildID string) error {
	if _, err := s.ApplicationCommandBulkOverwrite(appID, guildID, Commands(), discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("register discord commands: %w", err)
	}
	return nil
}

// interactionResponder is the part of a session that answers interactions;
// tests drive OnInteraction with a session pointed at a test server.
type interactionResponder interface {
	InteractionRespond(i *discordgo.Interaction, resp *discordgo.InteractionResponse, options ...discordgo.RequestOption) error
}

// OnInteraction answers an interaction received on the gateway through the
// interaction callback.
func (h *Handler) OnInteraction(ctx context.Context, s interactionResponder, i *discordgo.Interaction) {
	resp := h.Respond(ctx, i)
	if err := s.InteractionRespond(i, resp, discordgo.WithContext(ctx)); err != nil {
		h.log.Error("discord interaction response failed", "interaction", i.ID, "err", err)
	}
}

// RunGateway connects to the gateway, registers the commands and answers
// interactions until ctx ends, then closes the session. Reconnects are
// discordgo's.
func (h *Handler) RunGateway(ctx context.Context, s *discordgo.Session, appID, guildID string) error {
	s.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		h.OnInteraction(ctx, s, ic.Interaction)
	})
	if err := s.Open(); err != nil {
		return fmt.Errorf("discord gateway: %w", err)
	}
	defer s.Close()
	if err := Register(ctx, s, appID, guildID); err != nil {
		return err
	}
	h.log.Info("discord gateway connected", "guild", guildID)
	<-ctx.Done()
	return nil
}

// Poster posts replies to Discord channels as embeds.
type Poster struct {
	s   *discordgo.Session
	log *slog.Logger
}

var _ bot.Poster = (*Poster)(nil)

// NewPoster returns a Poster over a session.
func NewPoster(s *discordgo.Session, log *slog.Logger) *Poster {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Poster{s: s, log: log}
}

// Post sends a reply to a channel and returns the message ID. A 429 is
// waited out by discordgo; ctx bounds the total wait. A 4xx other than 429
// (unknown channel, missing access, bad token) is permanent.
func (p *Poster) Post(ctx context.Context, channel string, r bot.Reply) (string, error) {
	m := Render(r)
	if m.Truncated() {
		p.log.Warn("discord post truncated", "channel", channel, "shown", m.Shown, "total", m.Total)
	}
	msg, err := p.s.ChannelMessageSendComplex(channel, &discordgo.MessageSend{Embeds: m.Embeds}, discordgo.WithContext(ctx))
	if err != nil {
		var re *discordgo.RESTError
		if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode >= 400 && re.Response.StatusCode < 500 && re.Response.StatusCode != http.StatusTooManyRequests {
			return "", fmt.Errorf("discord post to %s: %w: %s", channel, bot.ErrPermanent, re.Response.Status)
		}
		return "", fmt.Errorf("discord post to %s: %w", channel, err)
	}
	return msg.ID, nil
}
