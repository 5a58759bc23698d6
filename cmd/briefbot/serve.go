package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/briefbot/briefbot/adapters/discord"
	slackadapter "github.com/briefbot/briefbot/adapters/slack"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefing"
)

// shutdownGrace is how long in-flight requests may take to finish.
const shutdownGrace = 15 * time.Second

// runServe serves the configured platforms until ctx ends: the HTTP
// server (health, readiness, Slack commands, Discord interactions), Slack
// Socket Mode and the Discord gateway when their tokens are set.
func (m *Main) runServe(ctx context.Context, o *options, args []string) error {
	if len(args) > 0 {
		return usageError{"serve takes no arguments"}
	}
	cfg, err := m.config(o)
	if err != nil {
		return err
	}
	m.Log.Info("starting", "config", cfg)
	live := &bot.Live{}
	answer := bot.New(live)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if !live.Loaded() {
			http.Error(w, "loading articles", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	slackH := slackadapter.NewCommandHandler(answer, slackadapter.Options{
		SigningSecret: cfg.Slack.SigningSecret, Commands: cfg.Slack.Commands, Ephemeral: cfg.Slack.Ephemeral,
		HTTPClient: m.HTTPClient, Log: m.Log.With("platform", "slack"),
	})
	if cfg.Slack.SigningSecret != "" {
		mux.Handle("POST /slack/commands", slackH)
	}
	discordH := discord.NewHandler(answer, m.Log.With("platform", "discord"))
	if cfg.Discord.PublicKey != "" {
		ep, err := discord.NewEndpoint(discordH, cfg.Discord.PublicKey)
		if err != nil {
			return fmt.Errorf("configuration: %w", err)
		}
		mux.Handle("POST /discord/interactions", ep)
	}

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	if m.OnListen != nil {
		m.OnListen(ln.Addr().String())
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second}
	errc := make(chan error, 4)
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			errc <- fmt.Errorf("http server: %w", err)
		}
	}()
	m.Log.Info("listening", "addr", ln.Addr().String(), "slack_http", cfg.Slack.SigningSecret != "", "discord_http", cfg.Discord.PublicKey != "")

	// Watch before the first read, so that a change during it is not lost.
	var watcher *articleWatcher
	if cfg.Seeds != "" {
		if watcher, err = watchArticles(cfg.Seeds, m.Log); err != nil {
			m.Log.Error("cannot watch the articles folder; changes need a restart", "dir", cfg.Seeds, "err", err)
		}
	}
	// One builder serves every rebuild, so that each reads only the
	// articles that changed.
	builder := &briefing.Builder{}
	b, err := m.loadBriefing(cfg, builder)
	if err != nil {
		_ = srv.Close()
		return err
	}
	live.Store(b)
	m.Log.Info("articles loaded", "articles", len(b.Articles()), "quotes", len(b.Quotes()), "people", len(b.People()))
	if watcher != nil {
		served := b // read and written by the watcher's goroutine only
		go watcher.Run(ctx, func() {
			nb, err := m.loadBriefing(cfg, builder)
			if err != nil {
				m.Log.Error("articles changed but cannot be loaded; still serving the previous ones", "err", err)
				return
			}
			if nb == served {
				m.Log.Info("articles folder touched, its articles unchanged")
				return
			}
			served = nb
			live.Store(nb)
			m.Log.Info("articles reloaded", "articles", len(nb.Articles()))
		})
	}
	if len(cfg.Feeds) > 0 {
		go m.pollFeeds(ctx, cfg, live, builder)
	}
	stopDaily, err := m.startDaily(ctx, cfg, live)
	if err != nil {
		_ = srv.Close()
		return err
	}
	defer func() {
		if err := stopDaily(); err != nil {
			m.Log.Warn("stop the daily schedule", "err", err)
		}
	}()

	if cfg.Slack.AppToken != "" {
		go func() {
			if err := slackH.RunSocketMode(ctx, cfg.Slack.AppToken, cfg.Slack.BotToken, cfg.Slack.APIURL); err != nil {
				errc <- err
			}
		}()
	}
	if cfg.Discord.BotToken != "" && cfg.Discord.AppID != "" {
		s, err := discord.NewSession(cfg.Discord.BotToken, cfg.Discord.APIURL, m.HTTPClient)
		if err != nil {
			return err
		}
		go func() {
			if err := discordH.RunGateway(ctx, s, cfg.Discord.AppID, cfg.Discord.GuildID); err != nil {
				errc <- err
			}
		}()
	}

	var runErr error
	select {
	case <-ctx.Done():
		m.Log.Info("shutting down")
	case runErr = <-errc:
		m.Log.Error("stopping", "err", runErr)
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		runErr = errors.Join(runErr, fmt.Errorf("shutdown: %w", err))
	}
	slackH.Wait()
	return runErr
}

// runDiscord runs "discord register": it overwrites the application's
// slash commands, in one guild when BRIEFBOT_DISCORD_GUILD_ID is set.
func (m *Main) runDiscord(ctx context.Context, o *options, args []string) error {
	if len(args) != 1 || args[0] != "register" {
		return usageError{"usage: briefbot discord register"}
	}
	cfg, err := m.config(o)
	if err != nil {
		return err
	}
	if cfg.Discord.BotToken == "" || cfg.Discord.AppID == "" {
		return errors.New("discord register needs BRIEFBOT_DISCORD_BOT_TOKEN and BRIEFBOT_DISCORD_APP_ID")
	}
	s, err := discord.NewSession(cfg.Discord.BotToken, cfg.Discord.APIURL, m.HTTPClient)
	if err != nil {
		return err
	}
	if err := discord.Register(ctx, s, cfg.Discord.AppID, cfg.Discord.GuildID); err != nil {
		return err
	}
	scope := "globally"
	if cfg.Discord.GuildID != "" {
		scope = "in guild " + cfg.Discord.GuildID
	}
	fmt.Fprintf(m.Stdout, "Registered %d commands %s.\n", len(discord.Commands()), scope)
	return nil
}
