-- The web-form API's limit per client address, counted per minute in the database so that every
-- node behind the balancer counts the same requests.
CREATE TABLE api_rate_window (
    client    VARCHAR(64) NOT NULL,
    window_minute BIGINT  NOT NULL,
    requests  INTEGER     NOT NULL,
    PRIMARY KEY (client, window_minute)
);
