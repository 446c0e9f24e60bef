#include "log_limit.h"

int log_limit_admit(log_limit *l, long now_ms, unsigned long *suppressed)
{
	pthread_mutex_lock(&l->lock);
	if (l->admitted == 0 || now_ms - l->window_start >= l->window_ms) {
		l->window_start = now_ms;
		l->admitted = 0;
	}
	int ok = l->admitted < l->burst;
	if (ok) {
		l->admitted++;
		*suppressed = l->held;
		l->held = 0;
	} else {
		l->held++;
	}
	pthread_mutex_unlock(&l->lock);
	return ok;
}
