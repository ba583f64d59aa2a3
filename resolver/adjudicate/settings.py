"""[adjudicator]: the optional second opinion from a language model. Off unless configured."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

When = Literal["undetermined", "unread", "conflicting", "always"]


class AdjudicatorSettings(BaseModel):
    """An OpenAI-compatible chat-completions endpoint (a hosted API, llama.cpp, vLLM, Ollama).

    `api_key_env` is the *name* of an environment variable holding the key: the key itself is
    never in the config, the database or the logs."""

    model_config = ConfigDict(extra="forbid")

    base_url: str = Field(min_length=1, description="e.g. https://api.openai.com/v1 or http://127.0.0.1:8080/v1")
    model: str = Field(min_length=1, description="model name sent in the request")
    api_key_env: str | None = Field(default=None, description="NAME of the environment variable with the API key")
    timeout_s: float = Field(60.0, gt=0, le=600, description="seconds to wait for one reply")
    max_tokens: int = Field(800, ge=50, le=32_000, description="largest answer the model may write")
    max_calls_per_day: int = Field(100, ge=0, description="HTTP calls per UTC day across all markets; 0 = none")
    when: When = Field("undetermined", description="which rules verdicts get a second opinion")
    response_format: Literal["json_schema", "json_object", "none"] = Field(
        "json_schema", description="how the answer's shape is requested (the answer is validated either way)")
    max_retries: int = Field(1, ge=0, le=5, description="retries after a 429 or 5xx")
    max_retry_wait_s: float = Field(30.0, ge=0, description="longest Retry-After honoured; longer gives up")
    max_article_chars: int = Field(12_000, ge=500, description="characters of each article sent to the model")
    max_articles: int = Field(20, ge=1, le=200, description="newest articles sent per market")
    input_cost_per_mtok: float = Field(0.0, ge=0, description="price per million prompt tokens (for the cost field)")
    output_cost_per_mtok: float = Field(0.0, ge=0, description="price per million completion tokens")

    @field_validator("base_url")
    @classmethod
    def _http(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")):
            raise ValueError("base_url must start with http:// or https://")
        return v.rstrip("/")

    @field_validator("api_key_env")
    @classmethod
    def _name_not_key(cls, v: str | None) -> str | None:
        if v is not None and (not v.replace("_", "").isalnum() or v[0].isdigit()):
            raise ValueError("api_key_env is the NAME of an environment variable (letters, digits, _), not the key")
        return v
