// Package photo is what the check knows about its photos, in plain data:
// the guided overview shots of the walk-round (stable ids and names), how
// many of them are taken, the rule for a photo's file name, and the time a
// photo was taken as its camera wrote it (EXIF DateTimeOriginal), and where,
// as the phone's location gave it (Place). It reads
// no clock and decodes no image, so the app links it at little cost.
package photo
