/** Insight: demand dashboards, hotspots and alerts (read side; aggregates only, never names). */
package org.hubline.insight;
