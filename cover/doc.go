// Package cover decides road assistance: which schemes cover a car on a given
// day (smart road assistance, smartmove assistance, sale&care move), their
// benefits and limits, whether a country is covered, and which number to ring.
// It also holds what to have ready when ringing, the four agreement types,
// Battery Care Cover for lease&care, and the complaint procedure with its
// deadlines. "Working days" are counted with UK bank holidays from
// github.com/rickar/cal/v2.
//
// Every rule, country and number is data quoted from the source documents in
// shared/seeds: the smart road assistance page (000) and the "Your smart
// Journey" booklet (001), each entry with its Source. Where they are unclear
// or disagree, the comment next to the data says what was decided and why.
// Evaluation is pure: the date is passed in.
package cover
