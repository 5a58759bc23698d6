package text

import "testing"

func TestIsEnglish(t *testing.T) {
	for _, tt := range []struct {
		name string
		body string
		want bool
	}{
		{"English news", "The mayor said on Monday that the new underground line would open by the end of the year. \"We are ready,\" Mark Ross told reporters at the town hall, where residents had waited for years to hear it and shopkeepers hoped for more customers.", true},
		{"Italian news", "Il sindaco ha detto che la nuova linea della metropolitana sarà aperta entro la fine dell'anno. «Siamo pronti», ha dichiarato Marco Rossi durante la conferenza stampa di ieri mattina nel palazzo comunale. Gli abitanti del quartiere aspettano da molti anni questo momento, e molti commercianti sperano in un aumento dei clienti.", false},
		{"German news", "Der Bürgermeister sagte am Montag, die neue U-Bahn-Linie werde bis Ende des Jahres eröffnet. „Wir sind bereit“, erklärte Markus Roth auf der Pressekonferenz im Rathaus, wo die Anwohner seit Jahren auf diesen Moment warten und viele Händler auf mehr Kunden hoffen.", false},
		{"too short to judge", "Gli abitanti aspettano.", true},
	} {
		a := Article{Paragraphs: []Paragraph{NewParagraph(Body, tt.body)}}
		if got := a.IsEnglish(); got != tt.want {
			e, all := englishShare(a.Body())
			t.Errorf("%s: IsEnglish = %v, want %v (%d of %d words)", tt.name, got, tt.want, e, all)
		}
	}
}
