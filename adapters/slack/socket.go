package slack

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// SocketAckLimit is the size from which Slack silently drops a Socket Mode
// acknowledgement; larger replies go through response_url.
const SocketAckLimit = 20 * 1024

// socketClient is the part of socketmode.Client that Socket Mode needs;
// tests drive HandleSocketEvent with a fake.
type socketClient interface {
	RunContext(ctx context.Context) error
	Ack(req socketmode.Request, payload ...any) error
}

var _ socketClient = (*socketmode.Client)(nil)

// RunSocketMode connects to Slack with an app-level token (xapp-) and
// answers slash commands over the WebSocket until ctx ends, so a workspace
// needs no public URL. Reconnection is slack-go's.
func (h *CommandHandler) RunSocketMode(ctx context.Context, appToken, botToken, apiURL string) error {
	opts := []slack.Option{slack.OptionAppLevelToken(appToken)}
	if apiURL != "" {
		opts = append(opts, slack.OptionAPIURL(apiURL))
	}
	client := socketmode.New(slack.New(botToken, opts...))
	return h.runSocket(ctx, client, client.Events)
}

func (h *CommandHandler) runSocket(ctx context.Context, client socketClient, events <-chan socketmode.Event) error {
	errc := make(chan error, 1)
	go func() { errc <- client.RunContext(ctx) }()
	for {
		select {
		case <-ctx.Done():
			h.Wait()
			return nil
		case err := <-errc:
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("slack socket mode: %w", err)
		case evt := <-events:
			h.HandleSocketEvent(ctx, evt, client)
		}
	}
}

// HandleSocketEvent answers one Socket Mode event: a slash command gets its
// reply in the acknowledgement when it fits, else an empty acknowledgement
// and the reply through response_url.
func (h *CommandHandler) HandleSocketEvent(ctx context.Context, evt socketmode.Event, client socketClient) {
	switch evt.Type {
	case socketmode.EventTypeConnected:
		h.log.Info("slack socket mode connected")
		return
	case socketmode.EventTypeConnectionError:
		h.log.Warn("slack socket mode connection error")
		return
	case socketmode.EventTypeSlashCommand:
	default:
		return
	}
	cmd, ok := evt.Data.(slack.SlashCommand)
	if !ok || evt.Request == nil {
		return
	}
	req := h.request(cmd)
	h.log.Info("slack command", "via", "socket", "command", cmd.Command, "team", cmd.TeamID, "channel", cmd.ChannelID, "bot_command", req.Command)
	msg := Render(h.answer.Handle(ctx, req), h.inChannel)
	payload := responseOf(msg)
	raw, err := json.Marshal(payload)
	if err == nil && len(raw) < SocketAckLimit {
		if err := client.Ack(*evt.Request, payload); err != nil {
			h.log.Error("slack socket ack failed", "err", err)
		}
		return
	}
	h.log.Info("slack reply too large for a socket ack, using response_url", "bytes", len(raw))
	if err := client.Ack(*evt.Request); err != nil {
		h.log.Error("slack socket ack failed", "err", err)
	}
	if err := h.deliver(ctx, cmd.ResponseURL, msg); err != nil {
		h.log.Error("slack reply through response_url failed", "err", err)
	}
}
