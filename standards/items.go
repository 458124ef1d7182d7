package standards

// Item is something to hand back with the car.
type Item struct {
	ID       string `json:"id"`
	Label    string `json:"label"`
	Required string `json:"required"` // when it is required, in words
	Quote           // the standards' wording for it

	needed func(c car) bool
}

// ItemStatus is an item in a report.
type ItemStatus struct {
	ID       string `json:"id"`
	Label    string `json:"label"`
	Required bool   `json:"required"`
	Have     *bool  `json:"have"` // null when the driver has not said
}

const itemsSource = booklet + "Fair Wear & Tear pp.16-17, Items to be returned with your smart"

func always(car) bool { return true }

// item is an item always needed; label is the booklet's words (quote) in
// sentence case, as every list of the app and the PDF writes it.
func item(id, label, quote string) Item {
	return Item{ID: id, Label: label, Required: "always", Quote: Quote{quote, itemsSource}, needed: always}
}

var items = []Item{
	item("v5c", "V5C log book", "V5C log book"),
	item("spare-keys", "Spare keys", "Spare Keys"),
	item("transmitter-and-codes", "Transmitter and codes", "Transmitter and codes"),
	item("alarm-system", "Alarm system", "Alarm system"),
	item("locking-wheel-nuts", "Locking wheel nuts", "Locking wheel nuts"),
	item("handbook", "Handbook", "Handbook"),
	item("service-manual", "Complete service manual", "Complete Service Manual"),
	{ID: "mot-certificate", Label: "MOT certificate", Required: "when the car is over three years old at the return date",
		Quote:  Quote{"MOT certificate (if applicable)", itemsSource},
		needed: func(c car) bool { return c.overThree }},
	item("wheel-key", "Wheel key", "Wheel Key"),
	{ID: "charging-cables", Label: "Charging cables", Required: "electric cars",
		Quote:  Quote{"You are required to return with the vehicle all charging cables in full working order, without alteration.", booklet + "Fair Wear & Tear pp.19-20, Charging Cables"},
		needed: func(c car) bool { return c.electric }},
}

// itemIndex is the item's place in the list; unknown ids come after all.
func itemIndex(id string) (int, bool) {
	for i, it := range items {
		if it.ID == id {
			return i, true
		}
	}
	return len(items), false
}

func itemStatuses(have map[string]bool, c car) []ItemStatus {
	out := make([]ItemStatus, len(items))
	for i, it := range items {
		out[i] = ItemStatus{ID: it.ID, Label: it.Label, Required: it.needed(c)}
		if h, ok := have[it.ID]; ok {
			out[i].Have = &h
		}
	}
	return out
}

// itemPlace is where an item comes in the booklet's list; unknown ids last.
func itemPlace(id string) int {
	i, _ := itemIndex(id)
	return i
}
