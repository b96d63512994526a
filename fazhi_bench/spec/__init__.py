"""What a score is made from: the indicator catalogue, weights and scoring methods, loaded and checked."""
