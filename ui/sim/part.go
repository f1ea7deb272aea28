package sim

import (
	"fatoora/appliance/part"
)

// Part is the simulator as a part of the box: the page, its API and the
// stand-in Graph API on the box's listener; Close stops the stand-in's
// status worker.
func (s *Simulator) Part() part.Part {
	return part.Part{
		Name:   "simulator",
		Routes: s.Routes,
		Close:  func() error { s.Close(); return nil },
	}
}
