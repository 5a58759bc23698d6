package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"time"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// Retry bounds for posting.
const (
	// MaxPostAttempts bounds how often one post is tried.
	MaxPostAttempts = 5
	// BaseBackoff is the first wait after a server or network error; it
	// doubles each time, with jitter, up to MaxBackoff.
	BaseBackoff = 500 * time.Millisecond
	MaxBackoff  = 30 * time.Second
)

// postAPI is the part of slack.Client that posting needs.
type postAPI interface {
	PostMessageContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, error)
}

var _ postAPI = (*slack.Client)(nil)

// Poster posts replies to Slack channels with chat.postMessage.
type Poster struct {
	api   postAPI
	log   *slog.Logger
	sleep func(ctx context.Context, d time.Duration) error
}

var _ bot.Poster = (*Poster)(nil)

// NewPoster returns a Poster using a bot token (xoxb-) against the Web API
// at apiURL (Slack's own when empty).
func NewPoster(token, apiURL string, client *http.Client, log *slog.Logger) *Poster {
	opts := []slack.Option{}
	if apiURL != "" {
		opts = append(opts, slack.OptionAPIURL(apiURL))
	}
	if client != nil {
		opts = append(opts, slack.OptionHTTPClient(client))
	}
	return newPoster(slack.New(token, opts...), log)
}

func newPoster(api postAPI, log *slog.Logger) *Poster {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Poster{api: api, log: log, sleep: sleepCtx}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Post sends a reply to a channel and returns the message's timestamp, its
// id in Slack. A 429 is waited out for as long as Slack asks; a server or
// network error is retried with backoff; a Slack error such as
// channel_not_found is permanent and returned at once, wrapped in
// bot.ErrPermanent.
func (p *Poster) Post(ctx context.Context, channel string, r bot.Reply) (string, error) {
	m := Render(r, true)
	if m.Truncated() {
		p.log.Warn("slack post truncated", "channel", channel, "shown", m.Shown, "total", m.Total)
	}
	var last error
	for attempt := 1; attempt <= MaxPostAttempts; attempt++ {
		_, ts, err := p.api.PostMessageContext(ctx, channel, slack.MsgOptionText(m.Text, false), slack.MsgOptionBlocks(m.Blocks...))
		if err == nil {
			return ts, nil
		}
		last = err
		wait, retry := retryAfter(err, attempt)
		if !retry {
			return "", fmt.Errorf("slack post to %s: %w: %v", channel, bot.ErrPermanent, err)
		}
		if attempt == MaxPostAttempts {
			break
		}
		p.log.Warn("slack post failed, retrying", "channel", channel, "attempt", attempt, "wait", wait, "err", err)
		if err := p.sleep(ctx, wait); err != nil {
			return "", fmt.Errorf("slack post to %s: %w (last error: %v)", channel, err, last)
		}
	}
	return "", fmt.Errorf("slack post to %s: gave up after %d attempts: %w", channel, MaxPostAttempts, last)
}

// retryAfter says whether an error is worth another try, and after how
// long.
func retryAfter(err error, attempt int) (time.Duration, bool) {
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return max(rl.RetryAfter, time.Second), true
	}
	var sc slack.StatusCodeError
	if errors.As(err, &sc) && sc.Code < 500 {
		return 0, false
	}
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		return 0, false // channel_not_found, not_in_channel, invalid_auth...
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return 0, false
	}
	backoff := BaseBackoff << (attempt - 1)
	backoff = min(backoff, MaxBackoff)
	// Full jitter keeps many instances from retrying in step.
	return backoff/2 + rand.N(backoff/2+1), true
}
