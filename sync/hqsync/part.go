package hqsync

import (
	"fatoora/appliance/health"
	"fatoora/appliance/part"
	"fatoora/appliance/supervise"
)

// Part attaches the forwarder to the box: its one service and its
// /healthz reporter, both named hq-sync.
func (f *Forwarder) Part() part.Part {
	return part.Part{
		Name:     Name,
		Health:   map[string]func() health.State{Name: f.Health},
		Services: map[string]supervise.Service{Name: f},
	}
}
