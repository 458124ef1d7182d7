package photo

// Shot is one of the guided overview shots: a stable id (written in the
// self-check file's photos list), its name as the driver reads it, and the
// outline the screen draws for it.
type Shot struct {
	ID      string
	Name    string
	Outline Outline
}

// Outline is the small drawing of the car that shows where to stand.
type Outline int

// The outlines, each a view of the car; the highlighted part says which.
const (
	OutlineFront Outline = iota
	OutlineRear
	OutlineSide
	OutlineCorner
	OutlineDashboard
	OutlineInterior
	OutlineLuggage
	OutlineWheel
)

var outlineNames = [...]string{"front", "rear", "side", "corner", "dashboard", "interior", "luggage", "wheel"}

func (o Outline) String() string {
	if o < 0 || int(o) >= len(outlineNames) {
		return "unknown"
	}
	return outlineNames[o]
}

// Shots is the guided set, in the order of a walk round the car. Ids never
// change once released: files name them. New shots go at the end.
var Shots = []Shot{
	{"front", "Front", OutlineFront},
	{"front-left", "Front left corner", OutlineCorner},
	{"left", "Left side", OutlineSide},
	{"rear-left", "Rear left corner", OutlineCorner},
	{"rear", "Rear", OutlineRear},
	{"rear-right", "Rear right corner", OutlineCorner},
	{"right", "Right side", OutlineSide},
	{"front-right", "Front right corner", OutlineCorner},
	{"wheel-front-left", "Front left wheel", OutlineWheel},
	{"wheel-rear-left", "Rear left wheel", OutlineWheel},
	{"wheel-rear-right", "Rear right wheel", OutlineWheel},
	{"wheel-front-right", "Front right wheel", OutlineWheel},
	{"dashboard", "Dashboard: the mileage and any warning lights", OutlineDashboard},
	{"interior", "Interior from the front", OutlineInterior},
	{"luggage", "Luggage area", OutlineLuggage},
}

// ShotByID returns the shot with id, false when there is none.
func ShotByID(id string) (Shot, bool) {
	for _, s := range Shots {
		if s.ID == id {
			return s, true
		}
	}
	return Shot{}, false
}

// Progress counts the guided shots: taken holds the ids of the shots with a
// photo (a skipped shot has none, so it never counts), and ids that are not
// guided shots, or repeated, count once or not at all.
func Progress(taken []string) (n, m int) {
	seen := map[string]bool{}
	for _, id := range taken {
		if _, ok := ShotByID(id); ok && !seen[id] {
			seen[id] = true
			n++
		}
	}
	return n, len(Shots)
}
