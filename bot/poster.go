package bot

import (
	"context"
	"errors"
)

// Poster posts a reply to a channel of one platform and returns the id the
// platform gave the message. Each platform's adapter provides one.
type Poster interface {
	Post(ctx context.Context, channel string, r Reply) (messageID string, err error)
}

// ErrPermanent marks a post that retrying cannot fix: no such channel, not
// a member, a bad token. Adapters wrap their platform's error with it.
var ErrPermanent = errors.New("permanent failure")
