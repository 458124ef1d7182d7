// Package cover decides road assistance: which schemes cover a car on a given
// day (smart road assistance, smartmove assistance, sale&care move), their
// benefits and limits, whether a country is covered, and which number to ring.
//
// Every rule, country and number is data quoted from the source documents in
// shared/seeds: the smart road assistance page (000) and the "Your smart
// Journey" booklet (001). Evaluation is pure: the date is passed in.
package cover
