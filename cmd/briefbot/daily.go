package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/adapters/discord"
	slackadapter "github.com/briefbot/briefbot/adapters/slack"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/ledger"
)

// daily wires the daily briefing from the configuration: its targets, a
// poster per platform, the ledger and the schedule. It returns nil when no
// target is configured.
func (m *Main) daily(cfg config.Config, briefer bot.Briefer, dryRun bool) (*bot.Daily, bot.Schedule, error) {
	loc, err := time.LoadLocation(cfg.Daily.Timezone)
	if err != nil {
		return nil, bot.Schedule{}, fmt.Errorf("configuration: daily.timezone (BRIEFBOT_TIMEZONE): %w", err)
	}
	sched := bot.Schedule{Expr: cfg.Daily.Schedule, Location: loc, Log: m.Log}
	zone, err := sched.Zone()
	if err != nil {
		return nil, sched, fmt.Errorf("configuration: daily.schedule (BRIEFBOT_DAILY_SCHEDULE): %w", err)
	}
	var targets []bot.Target
	for _, c := range cfg.Daily.SlackChannels {
		targets = append(targets, bot.Target{Platform: "slack", Channel: c})
	}
	for _, c := range cfg.Daily.DiscordChannels {
		targets = append(targets, bot.Target{Platform: "discord", Channel: c})
	}
	if len(targets) == 0 {
		return nil, sched, nil
	}
	posters := map[string]bot.Poster{}
	if len(cfg.Daily.SlackChannels) > 0 {
		if cfg.Slack.BotToken == "" && !dryRun {
			return nil, sched, errors.New("configuration: daily.slack_channels (BRIEFBOT_DAILY_SLACK_CHANNELS) needs slack.bot_token (BRIEFBOT_SLACK_BOT_TOKEN)")
		}
		posters["slack"] = slackadapter.NewPoster(cfg.Slack.BotToken, cfg.Slack.APIURL, m.HTTPClient, m.Log.With("platform", "slack"))
	}
	if len(cfg.Daily.DiscordChannels) > 0 {
		if cfg.Discord.BotToken == "" && !dryRun {
			return nil, sched, errors.New("configuration: daily.discord_channels (BRIEFBOT_DAILY_DISCORD_CHANNELS) needs discord.bot_token (BRIEFBOT_DISCORD_BOT_TOKEN)")
		}
		s, err := discord.NewSession(cfg.Discord.BotToken, cfg.Discord.APIURL, m.HTTPClient)
		if err != nil {
			return nil, sched, err
		}
		posters["discord"] = discord.NewPoster(s, m.Log.With("platform", "discord"))
	}
	dir, err := m.stateDir(cfg)
	if err != nil {
		return nil, sched, err
	}
	l, err := ledger.Open(dir)
	if err != nil {
		return nil, sched, err
	}
	return &bot.Daily{
		Briefer: briefer, Posters: posters, Targets: targets, Ledger: l, Location: zone,
		SkipEmpty: cfg.Daily.SkipEmpty, Log: m.Log.With("job", "daily"),
	}, sched, nil
}

// runPost runs "post": the daily briefing now, to every target not yet
// posted today. It exits 1 when any target failed, after trying all.
func (m *Main) runPost(ctx context.Context, o *options, args []string) error {
	if len(args) > 0 {
		return usageError{"post takes no arguments"}
	}
	b, cfg, err := m.load(o)
	if err != nil {
		return err
	}
	d, _, err := m.daily(cfg, b, o.dryRun)
	if err != nil {
		return err
	}
	if d == nil {
		return errors.New("no daily targets: set BRIEFBOT_DAILY_SLACK_CHANNELS or BRIEFBOT_DAILY_DISCORD_CHANNELS")
	}
	outs, runErr := d.Run(ctx, bot.RunOptions{DryRun: o.dryRun, Force: o.force, Out: m.Stdout})
	for _, out := range outs {
		line := fmt.Sprintf("%-24s %s", out.Target, out.Status)
		if out.MessageID != "" {
			line += " (message " + out.MessageID + ")"
		}
		if out.Err != nil {
			line += ": " + out.Err.Error()
		}
		fmt.Fprintln(m.Stdout, line)
	}
	if runErr != nil {
		return exitError{1}
	}
	return nil
}

// startDaily runs the schedule in serve, and posts at once when the
// process was down at today's scheduled time and the grace allows.
func (m *Main) startDaily(ctx context.Context, cfg config.Config, briefer bot.Briefer) (stop func() error, err error) {
	d, sched, err := m.daily(cfg, briefer, false)
	if err != nil || d == nil {
		return func() error { return nil }, err
	}
	run := func(ctx context.Context) {
		if _, err := d.Run(ctx, bot.RunOptions{}); err != nil {
			m.Log.Error("daily briefing: some targets failed", "err", err)
		}
	}
	stop, err = sched.Start(ctx, run)
	if err != nil {
		return nil, err
	}
	if at, due, err := sched.MissedToday(time.Now(), cfg.Daily.Grace); err != nil {
		m.Log.Warn("daily briefing: cannot tell a missed run", "err", err)
	} else if due {
		m.Log.Info("daily briefing: missed today's run, posting now", "scheduled", at)
		go run(ctx)
	}
	return stop, nil
}
